package org.textlens.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The textlens version Maven wrote into the jar at build time ({@code dev} when run from classes without it). */
public final class BuildVersion {
    private BuildVersion() {
    }

    public static String current() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("/org/textlens/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}

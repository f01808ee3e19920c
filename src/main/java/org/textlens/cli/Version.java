package org.textlens.cli;

import org.textlens.engine.BuildVersion;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar at build time, for {@code --version}. */
public final class Version implements IVersionProvider {
    public static String current() {
        return BuildVersion.current();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"textlens " + current(), "Java " + System.getProperty("java.version")};
    }
}

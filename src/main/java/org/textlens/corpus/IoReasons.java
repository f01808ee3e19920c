package org.textlens.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** What an I/O error means to a person, without Java's class names or a repeat of the path. */
public final class IoReasons {
    private IoReasons() {
    }

    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        // FileInputStream says "PATH (Permission denied)"
        int paren = m.lastIndexOf(" (");
        if (paren > 0 && m.endsWith(")")) {
            String why = m.substring(paren + 2, m.length() - 1);
            return Character.toLowerCase(why.charAt(0)) + why.substring(1);
        }
        return m;
    }
}

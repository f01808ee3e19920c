package org.textlens.spark;

/**
 * An input error raised on an executor, carried back to the driver as its one-line description
 * ({@code FILE[:LINE]: what (hint)}); the corpus classes' own exception does not travel.
 */
final class JobInputError extends RuntimeException {
    static final String MARK = "textlens input error: ";

    JobInputError(String description) {
        super(MARK + description);
    }

    /** The description of the first input error in {@code e}'s causes or messages, or null. */
    static String find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains(MARK)) {
                String rest = m.substring(m.indexOf(MARK) + MARK.length());
                int end = rest.indexOf('\n');
                return end < 0 ? rest : rest.substring(0, end);
            }
        }
        return null;
    }
}

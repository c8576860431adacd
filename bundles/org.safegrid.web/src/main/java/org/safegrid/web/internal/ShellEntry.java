package org.safegrid.web.internal;

/**
 * What {@link ShellEntryServlet} does with a request path: the entry points redirect to {@code /ui/}, which serves
 * {@code index.html}.
 */
enum ShellEntry {
    /** {@code /} and {@code /ui}: a redirect to {@value #SHELL}. */
    REDIRECT,
    /** {@code /ui/} and {@code /ui/index.html}: the shell page. */
    INDEX,
    /** anything else that reached the default servlet: not ours. */
    NOT_FOUND;

    static final String SHELL = "/ui/";

    static ShellEntry of(String path) {
        if (path == null || path.isEmpty() || "/".equals(path) || "/ui".equals(path)) {
            return REDIRECT;
        }
        if (SHELL.equals(path) || "/ui/index.html".equals(path)) {
            return INDEX;
        }
        return NOT_FOUND;
    }
}

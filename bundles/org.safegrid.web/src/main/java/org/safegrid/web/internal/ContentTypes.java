package org.safegrid.web.internal;

import java.util.Map;

/**
 * The content types of the shell's files. Browsers load ES modules only with a JavaScript type, and servlet
 * containers do not all know {@code .mjs}; the texts are UTF-8.
 */
final class ContentTypes {

    static final String HTML = "text/html;charset=UTF-8";
    static final String JAVASCRIPT = "text/javascript;charset=UTF-8";
    static final String NO_CACHE = "no-cache";

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "html", HTML,
            "js", JAVASCRIPT,
            "mjs", JAVASCRIPT,
            "css", "text/css;charset=UTF-8",
            "json", "application/json;charset=UTF-8",
            "svg", "image/svg+xml",
            "map", "application/json;charset=UTF-8");

    private ContentTypes() {
    }

    /** The content type for a request path, or null when the container's own guess is good enough. */
    static String of(String path) {
        if (path == null) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1) {
            return null;
        }
        return BY_EXTENSION.get(path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }
}

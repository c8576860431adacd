package org.safegrid.core.internal.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JAX-RS path templates as OpenAPI paths. */
final class Paths {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private Paths() {
    }

    /** The joined path, one slash between the parts, no trailing slash, without the regular expressions. */
    static String join(String... parts) {
        String joined = ("/" + String.join("/", parts)).replaceAll("/{2,}", "/");
        joined = withoutRegex(joined);
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** {@code {id: \d{1,3}}} is {@code {id}} in OpenAPI. */
    static String withoutRegex(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean name = false;
        for (char ch : path.toCharArray()) {
            if (ch == '{') {
                if (depth++ == 0) {
                    out.append(ch);
                    name = true;
                }
            } else if (ch == '}') {
                if (--depth == 0) {
                    out.append(ch);
                    name = false;
                }
            } else if (depth == 0) {
                out.append(ch);
            } else if (name && ch == ':') {
                name = false;
            } else if (name && !Character.isWhitespace(ch)) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** The template variables of a cleaned path, in order. */
    static List<String> variables(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The tag of a path below {@code base}: its first segment without an extension ({@code /api/users/{u}} is
     * {@code users}, {@code /api/openapi.json} is {@code openapi}), {@code dept/<id>} for a department's.
     */
    static String tag(String base, String path) {
        String rest = path.startsWith(base) ? path.substring(base.length()) : path;
        String[] segments = rest.replaceFirst("^/+", "").split("/");
        if (segments.length > 1 && "dept".equals(segments[0])) {
            return "dept/" + segments[1];
        }
        String first = segments[0].isEmpty() ? "api" : segments[0];
        int dot = first.indexOf('.');
        return dot > 0 ? first.substring(0, dot) : first;
    }
}

package org.safegrid.plates.print.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The scheme, host and port part of an address ({@code https://safety.example.cn}), as a QR code needs it. */
public final class Origins {

    private Origins() {
    }

    /** The origin of a request; the default port of the scheme is left out. */
    public static String of(String scheme, String host, int port) {
        String s = scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT);
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        boolean defaultPort = port <= 0 || ("http".equals(s) && port == 80) || ("https".equals(s) && port == 443);
        return s + "://" + h + (defaultPort ? "" : ":" + port);
    }

    /**
     * A configured base address: {@code http} or {@code https} with a host, optionally a port and a path, no query;
     * without its trailing slashes. Null when the text is empty or not such an address.
     */
    public static String base(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        String text = configured.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return null;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return text.replaceAll("/+$", "");
    }
}

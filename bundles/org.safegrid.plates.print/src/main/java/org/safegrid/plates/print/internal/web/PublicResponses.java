package org.safegrid.plates.print.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletResponse;

/**
 * Writes the public answers. Pages allow no script and load nothing from elsewhere (their style is inline), and are
 * revalidated on each visit so that a changed plate shows at once.
 */
final class PublicResponses {

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private PublicResponses() {
    }

    static void html(HttpServletResponse response, int status, String page) throws IOException {
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        common(response);
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static void png(HttpServletResponse response, byte[] image) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("image/png");
        common(response);
        response.setContentLength(image.length);
        response.getOutputStream().write(image);
    }

    private static void common(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}

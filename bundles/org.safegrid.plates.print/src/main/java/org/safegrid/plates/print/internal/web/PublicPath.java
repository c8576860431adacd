package org.safegrid.plates.print.internal.web;

import org.safegrid.plates.print.internal.PublicLinks;

/**
 * The part of a public plate address after {@code /public/plates}: {@code /{creditCode}} or
 * {@code /{creditCode}/qr.png}.
 *
 * @param creditCode the code as given (checked later)
 * @param qr whether the QR code is asked for
 */
record PublicPath(String creditCode, boolean qr) {

    /** No credit code is longer; anything longer is not looked up. */
    static final int MAX_CODE = 32;

    /** The path, or null when it names nothing this servlet serves. */
    static PublicPath parse(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/")) {
            return null;
        }
        String[] parts = pathInfo.substring(1).split("/", -1);
        if (parts[0].isEmpty() || parts[0].length() > MAX_CODE) {
            return null;
        }
        if (parts.length == 1) {
            return new PublicPath(parts[0], false);
        }
        if (parts.length == 2 && PublicLinks.QR_FILE.equals(parts[1])) {
            return new PublicPath(parts[0], true);
        }
        return null;
    }
}

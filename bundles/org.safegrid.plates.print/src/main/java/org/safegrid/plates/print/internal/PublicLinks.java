package org.safegrid.plates.print.internal;

/** The public addresses this bundle serves and links to, relative to the server's root. */
public final class PublicLinks {

    /** The public plate pages: {@code /public/plates/{creditCode}}. */
    public static final String PLATES = "/public/plates";
    /** The QR code of a plate page: {@code /public/plates/{creditCode}/qr.png}. */
    public static final String QR_FILE = "qr.png";
    /**
     * Where 「我要举报」 leads: the public tip-off channel. Until the tip-off module serves it, this bundle answers it
     * with a page saying the channel opens soon ({@code TipOffsPlaceholderServlet}).
     */
    public static final String TIPOFFS = "/public/tipoffs";

    private PublicLinks() {
    }

    /** The path of a plate's public page. */
    public static String platePath(String creditCode) {
        return PLATES + "/" + creditCode;
    }
}

package org.safegrid.plates.print.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checked settings.
 *
 * @param publicBaseUrl the base address of public pages without a trailing slash, or null to take each request's
 * @param issuer the issuing body
 */
public record PrintSettings(String publicBaseUrl, String issuer) {

    public static final String DEFAULT_ISSUER = "白市驿镇安全生产委员会办公室";

    private static final Logger LOG = LoggerFactory.getLogger(PrintSettings.class);

    /** The settings of a configuration; a malformed base URL is logged and ignored, a blank issuer is the default. */
    static PrintSettings of(PrintConfig config) {
        return of(config.publicBaseUrl(), config.issuer());
    }

    static PrintSettings of(String publicBaseUrl, String issuer) {
        String base = Origins.base(publicBaseUrl);
        if (base == null && publicBaseUrl != null && !publicBaseUrl.isBlank()) {
            LOG.warn("publicBaseUrl '{}' of {} is not an http(s) address with a host and no query; QR codes use each "
                    + "request's address", publicBaseUrl, PlatePrinter.PID);
        }
        String name = issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer.strip();
        return new PrintSettings(base, name);
    }
}

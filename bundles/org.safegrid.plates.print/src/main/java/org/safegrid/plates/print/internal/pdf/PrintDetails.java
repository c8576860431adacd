package org.safegrid.plates.print.internal.pdf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a printed plate carries besides the plate itself.
 *
 * @param publicUrl the address of the public plate page, which the QR code encodes
 * @param issuer the body that issues the plate, for example 白市驿镇安全生产委员会办公室
 * @param date the date printed on the plate
 */
public record PrintDetails(String publicUrl, String issuer, LocalDate date) {

    public PrintDetails {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(date, "date");
    }
}

package org.safegrid.api.report;

import java.util.Objects;

import org.safegrid.api.module.LocalizedText;

/**
 * A figure a source computes.
 *
 * @param code a stable code, for example {@code inspections}; unique across the sources
 * @param label what a reader sees
 * @param type how to read and add up its values
 * @param better which way is good, for scores and colours
 * @param order position in tables, lowest first
 */
public record FigureDefinition(String code, LocalizedText label, Type type, Better better, int order) {

    /** How a figure's values read. */
    public enum Type {
        /** A number of things: the numerator; the denominator is 1. */
        COUNT,
        /** A share: numerator over denominator, none when the denominator is 0. */
        RATE,
        /** An amount of money in fen (1/100 yuan): the numerator. */
        AMOUNT,
        /** Yes (1) or no (0): the numerator. */
        FLAG
    }

    /** Which way is good. */
    public enum Better {
        HIGHER, LOWER, NEITHER
    }

    public FigureDefinition {
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,59}")) {
            throw new IllegalArgumentException(
                    "figure code must be 2-60 lower-case letters, digits or hyphens: " + code);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(better, "better");
    }
}

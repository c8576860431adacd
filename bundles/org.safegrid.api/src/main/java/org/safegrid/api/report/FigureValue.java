package org.safegrid.api.report;

/**
 * One value of a figure for one unit: a count, an amount or a flag is the numerator over 1; a rate is a numerator over
 * a denominator. Values of the same figure add up numerator to numerator and denominator to denominator.
 */
public record FigureValue(long numerator, long denominator) {

    public static final FigureValue ZERO = new FigureValue(0, 1);

    public FigureValue {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("figure values are not negative");
        }
    }

    public static FigureValue count(long n) {
        return new FigureValue(n, 1);
    }

    public static FigureValue rate(long numerator, long denominator) {
        return new FigureValue(numerator, denominator);
    }

    public static FigureValue flag(boolean set) {
        return new FigureValue(set ? 1 : 0, 1);
    }

    /** The value, or null for a rate over nothing. */
    public Double value() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    public FigureValue plus(FigureValue other) {
        return new FigureValue(numerator + other.numerator, denominator + other.denominator);
    }
}

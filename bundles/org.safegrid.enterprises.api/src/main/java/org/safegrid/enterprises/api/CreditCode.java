package org.safegrid.enterprises.api;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character alphabet
 * (digits and capitals without I, O, Z, S, V), the third to eighth an administrative-division code, the last a check
 * character over the first 17.
 */
public final class CreditCode {

    /** The alphabet; a character's value is its index. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a code is refused. */
    public enum Problem {
        /** Empty. */
        MISSING,
        /** Not 18 characters. */
        LENGTH,
        /** A character outside the alphabet. */
        CHARACTER,
        /** Characters 3 to 8 are not digits. */
        DIVISION,
        /** The last character does not match the first 17. */
        CHECK
    }

    private CreditCode() {
    }

    /** The code with surrounding blanks removed and letters in capitals; null stays null. */
    public static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not in the alphabet: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /** What is wrong with a (normalised) code, or null when it is valid. */
    public static Problem problem(String code) {
        if (code == null || code.isEmpty()) {
            return Problem.MISSING;
        }
        if (code.length() != 18) {
            return Problem.LENGTH;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Problem.CHARACTER;
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Problem.DIVISION;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17) ? null : Problem.CHECK;
    }

    /** Whether a (normalised) code is valid. */
    public static boolean isValid(String code) {
        return problem(code) == null;
    }
}

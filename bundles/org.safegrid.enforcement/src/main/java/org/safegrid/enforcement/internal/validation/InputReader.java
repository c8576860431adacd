package org.safegrid.enforcement.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;

/**
 * Reads the fields of one request body: trims and checks each field, collecting one message per failing field in the
 * caller's language; {@link #throwIfInvalid()} then fails the request with a 422 listing them all.
 */
public final class InputReader {

    /** The largest amount DECIMAL(14,2) holds. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final String language;
    private final boolean english;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** @param language the caller's language tag; English for {@code en...}, Chinese otherwise */
    public InputReader(String language) {
        this.language = language;
        this.english = Languages.english(language);
    }

    public String language() {
        return language;
    }

    /** A single-line text: trimmed, null when blank; {@code max} counts characters. */
    public String line(String field, String value, int max, boolean required) {
        String text = text(field, value, max, required);
        if (text != null && text.chars().anyMatch(Character::isISOControl)) {
            return fail(field, Message.CONTROL_CHARACTERS, null);
        }
        return text;
    }

    /** A multi-line text: line breaks and tabs allowed, other control characters not. */
    public String multiline(String field, String value, int max, boolean required) {
        String text = text(field, value, max, required);
        if (text != null
                && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return fail(field, Message.CONTROL_CHARACTERS, null);
        }
        return text;
    }

    /** A constant of {@code type} by its name, in any case; null when absent and not required. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
        String text = text(field, value, 32, required);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return fail(field, Message.BAD_CHOICE, allowed);
    }

    /** An ISO date ({@code 2026-11-28}). */
    public LocalDate date(String field, String value, boolean required) {
        String text = text(field, value, 10, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return fail(field, Message.BAD_DATE, null);
        }
    }

    /** An amount in yuan: more than 0, at most two decimals, at most {@link #MAX_AMOUNT}. */
    public BigDecimal amount(String field, BigDecimal value, boolean required) {
        if (value == null) {
            return required ? fail(field, Message.REQUIRED, null) : null;
        }
        if (value.signum() <= 0) {
            return fail(field, Message.AMOUNT_NOT_POSITIVE, null);
        }
        // the size first: a huge exponent would make scaling slow
        if (value.compareTo(MAX_AMOUNT) > 0 || value.stripTrailingZeros().scale() > 2) {
            return fail(field, Message.AMOUNT_FORMAT, null);
        }
        return value.setScale(2);
    }

    /** A required flag. */
    public Boolean flag(String field, Boolean value) {
        return value == null ? fail(field, Message.REQUIRED, null) : value;
    }

    /** An optional positive id. */
    public Long id(String field, Long value, boolean required) {
        if (value == null) {
            return required ? fail(field, Message.REQUIRED, null) : null;
        }
        return value > 0 ? value : fail(field, Message.BAD_ID, null);
    }

    /** Records a failure of a field unless it already has one; returns null so parsers can return it. */
    public <T> T fail(String field, Message message, Object argument) {
        errors.putIfAbsent(field, message.format(english, argument));
        return null;
    }

    /** Whether the field has failed already (so that cross-field checks can skip it). */
    public boolean failed(String field) {
        return errors.containsKey(field);
    }

    /** Whether the field failed for being absent. */
    public boolean missing(String field) {
        return Message.REQUIRED.format(english, null).equals(errors.get(field));
    }

    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    /** Throws the 422 answer {@code validation_failed} when any field failed. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw SafeGridException.invalid(Message.INVALID.format(english, null), errors);
        }
    }

    /**
     * Throws the 422 answer when any field failed: {@code legal_basis_missing} when {@code legalBasis} is absent,
     * {@code validation_failed} otherwise; {@code details.fields} lists every failing field either way.
     */
    public void throwIfInvalidPenalty() {
        if (missing("legalBasis")) {
            throw new SafeGridException(Kind.INVALID, "legal_basis_missing",
                    Message.LEGAL_BASIS_MISSING.format(english, null), Map.of("fields", Map.copyOf(errors)));
        }
        throwIfInvalid();
    }

    private String text(String field, String value, int max, boolean required) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            return required ? fail(field, Message.REQUIRED, null) : null;
        }
        if (text.length() > max) {
            return fail(field, Message.TOO_LONG, max);
        }
        return text;
    }
}

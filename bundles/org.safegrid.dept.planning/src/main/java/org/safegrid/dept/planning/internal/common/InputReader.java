package org.safegrid.dept.planning.internal.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.text.PhoneNumbers;

/**
 * Reads the fields of one request body: trims, parses and checks each field, collecting one message per failing field
 * in the caller's language; {@link #throwIfInvalid()} then fails the request with a 422 listing them all.
 */
public final class InputReader {

    private final boolean english;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** @param language the caller's language tag; English for {@code en...}, Chinese otherwise */
    public InputReader(String language) {
        this.english = language != null && language.toLowerCase().startsWith("en");
    }

    /** A single-line text: trimmed, null when blank; {@code max} counts characters. */
    public String line(String field, String value, int max, boolean required) {
        String text = text(field, value, max, required);
        if (text != null && text.chars().anyMatch(Character::isISOControl)) {
            fail(field, Message.CONTROL_CHARACTERS, null);
        }
        return text;
    }

    /** A multi-line text: line breaks and tabs allowed, other control characters not. */
    public String multiline(String field, String value, int max, boolean required) {
        String text = text(field, value, max, required);
        if (text != null
                && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            fail(field, Message.CONTROL_CHARACTERS, null);
        }
        return text;
    }

    /** A required ISO date such as {@code 2026-11-28}. */
    public LocalDate date(String field, String value) {
        String text = text(field, value, 10, true);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return fail(field, Message.BAD_DATE, null);
        }
    }

    /** A required ISO local date-time such as {@code 2026-11-28T08:30:00}, kept to the second. */
    public LocalDateTime dateTime(String field, String value) {
        String text = text(field, value, 29, true);
        try {
            return text == null ? null : LocalDateTime.parse(text).truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            return fail(field, Message.BAD_DATE_TIME, null);
        }
    }

    /** A required constant of {@code type}, by its exact name. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        String text = text(field, value, 32, true);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return fail(field, Message.BAD_CHOICE, allowed);
    }

    /** A whole number above 0, for ids. */
    public Long positive(String field, String value, boolean required) {
        Long number = number(field, value, required);
        return number != null && number <= 0 ? fail(field, Message.BAD_ID, null) : number;
    }

    /** A whole number of 0 or more, for versions. */
    public Long positiveOrZero(String field, String value, boolean required) {
        Long number = number(field, value, required);
        return number != null && number < 0 ? fail(field, Message.BAD_ID, null) : number;
    }

    private Long number(String field, String value, boolean required) {
        String text = text(field, value, 19, required);
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return fail(field, Message.BAD_ID, null);
        }
    }

    /** A phone number, see {@link PhoneNumbers}. */
    public String phone(String field, String value, boolean required) {
        String text = text(field, value, PhoneNumbers.MAX_LENGTH, required);
        if (text != null && !PhoneNumbers.isValid(text)) {
            fail(field, Message.BAD_PHONE, null);
        }
        return text;
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

    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    /** Throws the 422 answer when any field failed. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw SafeGridException.invalid(Message.INVALID.format(english, null), errors);
        }
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

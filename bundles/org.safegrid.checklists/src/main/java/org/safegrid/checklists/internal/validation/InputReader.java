package org.safegrid.checklists.internal.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.safegrid.api.error.SafeGridException;

/**
 * Reads the fields of one request body: trims and checks each field, collecting one message per failing field in the
 * caller's language; {@link #throwIfInvalid()} then fails the request with a 422 listing them all.
 */
public final class InputReader {

    /** Template and item codes: a lower-case letter, then letters, digits or hyphens, 2 to 60 in all. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,59}");

    private final boolean english;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** @param language the caller's language tag; English for {@code en...}, Chinese otherwise */
    public InputReader(String language) {
        this.english = Languages.english(language);
    }

    public boolean english() {
        return english;
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

    /** A template or item code, see {@link #CODE}. */
    public String code(String field, String value, boolean required) {
        String text = text(field, value, 60, required);
        if (text != null && !CODE.matcher(text).matches()) {
            return fail(field, Message.BAD_CODE, null);
        }
        return text;
    }

    /** A constant of {@code type} by its exact name; null when absent and not required. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
        String text = text(field, value, 32, required);
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

    /** An ISO date ({@code 2026-11-28}). */
    public LocalDate date(String field, String value, boolean required) {
        String text = text(field, value, 10, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return fail(field, Message.BAD_DATE, null);
        }
    }

    /** A positive id. */
    public long id(String field, Long value) {
        if (value == null) {
            fail(field, Message.REQUIRED, null);
            return 0;
        }
        if (value <= 0) {
            fail(field, Message.BAD_ID, null);
            return 0;
        }
        return value;
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

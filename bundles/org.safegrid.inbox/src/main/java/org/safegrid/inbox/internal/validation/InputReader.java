package org.safegrid.inbox.internal.validation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.safegrid.api.error.SafeGridException;

/**
 * Reads the fields of one request body: trims and checks each field, collecting one message per failing field in the
 * caller's language; {@link #throwIfInvalid()} then fails the request with a 422 listing them all.
 */
public final class InputReader {

    private final boolean english;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public InputReader(boolean english) {
        this.english = english;
    }

    public boolean english() {
        return english;
    }

    /** A multi-line text: line breaks and tabs allowed, other control characters not; null when blank. */
    public String multiline(String field, String value, int max, boolean required) {
        String text = text(field, value, max, required);
        if (text != null
                && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return fail(field, Messages.CONTROL_CHARACTERS);
        }
        return text;
    }

    /** A required single word, trimmed; null when blank. */
    public String word(String field, String value, int max) {
        return text(field, value, max, true);
    }

    /** A required constant of {@code type}, by its exact name. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        String text = text(field, value, 40, true);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return fail(field, Messages.BAD_CHOICE, Failures.cut(text), allowed);
    }

    /** Records a failure of a field unless it already has one; returns null so parsers can return it. */
    public <T> T fail(String field, Text message, Object... arguments) {
        errors.putIfAbsent(field, message.format(english, arguments));
        return null;
    }

    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    /** Throws the 422 answer when any field failed. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw SafeGridException.invalid(Messages.INVALID.format(english), errors);
        }
    }

    private String text(String field, String value, int max, boolean required) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            return required ? fail(field, Messages.REQUIRED) : null;
        }
        if (text.length() > max) {
            return fail(field, Messages.TOO_LONG, max);
        }
        return text;
    }
}

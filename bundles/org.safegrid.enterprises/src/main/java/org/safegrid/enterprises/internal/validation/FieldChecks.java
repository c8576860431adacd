package org.safegrid.enterprises.internal.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.text.PhoneNumbers;

/**
 * Checks the fields of one input: trims and checks each field, keeping the first message for each failing field in
 * the caller's language; {@link #throwIfInvalid()} then fails with a 422 listing them all.
 */
public final class FieldChecks {

    private final boolean english;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldChecks(boolean english) {
        this.english = english;
    }

    public boolean english() {
        return english;
    }

    /** A single-line text: trimmed, null when blank; {@code max} counts characters. */
    public String line(String field, String value, int max, boolean required) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            return required ? fail(field, Messages.REQUIRED) : null;
        }
        if (text.length() > max) {
            return fail(field, Messages.TOO_LONG, max);
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return fail(field, Messages.CONTROL_CHARACTERS);
        }
        return text;
    }

    /** An optional phone number, see {@link PhoneNumbers}. */
    public String phone(String field, String value) {
        String text = line(field, value, PhoneNumbers.MAX_LENGTH, false);
        if (text != null && !PhoneNumbers.isValid(text)) {
            return fail(field, Messages.BAD_PHONE);
        }
        return text;
    }

    /** A required value. */
    public <T> T required(String field, T value) {
        return value == null ? fail(field, Messages.REQUIRED) : value;
    }

    /** Records a failure of a field unless it already has one; returns null so that checks can return it. */
    public <T> T fail(String field, Text message, Object... arguments) {
        errors.putIfAbsent(field, message.format(english, arguments));
        return null;
    }

    public boolean failed(String field) {
        return errors.containsKey(field);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public Map<String, String> errors() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Throws the 422 answer when any field failed. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw SafeGridException.invalid(Messages.INVALID.format(english), errors);
        }
    }
}

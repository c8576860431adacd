package org.safegrid.hazards.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.safegrid.api.error.SafeGridException;

/**
 * Reads and checks the fields of one input, keeping the first message for each failing field in the caller's
 * language, and which of the five fixes are missing; {@link #throwIfInvalid()} then fails with one 422 listing them
 * all. Parsing (a REST body's strings) and the rules (the service) share one reader, so a client learns every problem
 * at once.
 */
public final class FieldReader {

    private final boolean english;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<FixField> missingFixes = new ArrayList<>();

    public FieldReader(boolean english) {
        this.english = english;
    }

    public boolean english() {
        return english;
    }

    /** A single-line text: trimmed, null when blank; {@code max} counts characters. */
    public String line(String field, String value, int max, boolean required) {
        String text = trimmed(field, value, max, required);
        if (text != null && text.chars().anyMatch(Character::isISOControl)) {
            return fail(field, Message.CONTROL_CHARACTERS);
        }
        return text;
    }

    /** A text that may span lines (tabs and line breaks allowed, other control characters not). */
    public String text(String field, String value, int max, boolean required) {
        String text = trimmed(field, value, max, required);
        if (text != null
                && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return fail(field, Message.CONTROL_CHARACTERS_TEXT);
        }
        return text;
    }

    /** An optional ISO date such as {@code 2026-11-28}; null when absent or malformed (then the field failed). */
    public LocalDate date(String field, String value) {
        String text = trimmed(field, value, 10, false);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return fail(field, Message.BAD_DATE);
        }
    }

    /** An optional amount such as {@code 5000} or {@code 5000.50}; null when absent or malformed. */
    public BigDecimal amount(String field, String value) {
        String text = trimmed(field, value, 40, false);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return fail(field, Message.BAD_AMOUNT);
        }
    }

    /** An optional positive id; null when absent or malformed. */
    public Long id(String field, String value) {
        String text = trimmed(field, value, 19, false);
        if (text == null) {
            return null;
        }
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return fail(field, Message.BAD_ID);
    }

    /** An optional constant of {@code type}, by its name in any case; null when absent or unknown. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        String text = trimmed(field, value, 40, false);
        if (text == null) {
            return null;
        }
        String name = text.toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return fail(field, Message.BAD_CHOICE, allowed);
    }

    /** A required value: fails the field when null, unless it failed already. */
    public <T> T required(String field, T value) {
        if (value == null && !failed(field)) {
            fail(field, Message.REQUIRED);
        }
        return value;
    }

    /** Records that one of the five fixes is missing, under {@code prefix + field}. */
    public void missingFix(String prefix, FixField fix) {
        String field = prefix + fix.field();
        if (!failed(field)) {
            fail(field, Message.FIX_MISSING, fix.label(english));
            missingFixes.add(fix);
        }
    }

    /** Records a failure of a field unless it already has one; returns null so that parsers can return it. */
    public <T> T fail(String field, Message message, Object... arguments) {
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

    public List<FixField> missingFixes() {
        return List.copyOf(missingFixes);
    }

    /**
     * Throws the 422 {@code validation_failed} answer when any field failed: {@code details.fields} maps each field to
     * its message; when some of the five fixes are missing, the message names them and {@code details.missing} lists
     * their field names.
     */
    public void throwIfInvalid() {
        if (errors.isEmpty()) {
            return;
        }
        if (missingFixes.isEmpty()) {
            throw SafeGridException.invalid(Message.INVALID.format(english), errors());
        }
        throw new SafeGridException(SafeGridException.Kind.INVALID, "validation_failed",
                Message.FIXES_MISSING.format(english, FiveFixesRule.names(missingFixes, english)),
                Map.of("fields", errors(), "missing", missingFixes.stream().map(FixField::field).toList()));
    }

    private String trimmed(String field, String value, int max, boolean required) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            return required ? required(field, null) : null;
        }
        if (text.length() > max) {
            return fail(field, Message.TOO_LONG, max);
        }
        return text;
    }
}

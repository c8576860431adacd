package org.safegrid.dept.culture.internal.validation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.LongPredicate;

import org.safegrid.dept.culture.internal.dto.EventInput;
import org.safegrid.dept.culture.internal.model.AssessmentResult;
import org.safegrid.dept.culture.internal.model.EventData;

/**
 * Checks a large event from a client. It names its organiser (a registered enterprise or a name, not both), ends after
 * it starts and lasts at most {@value #MAX_DAYS} days. An assessment, when there is one, has its date (not in the
 * future, before the start), its assessor and its result; without one those stay empty.
 */
public final class EventValidator {

    public static final int NAME_MAX = 100;
    public static final int VENUE_MAX = 200;
    public static final int PERSON_MAX = 50;
    public static final int NOTE_MAX = 500;
    public static final int MAX_DAYS = 30;
    public static final int MAX_PEOPLE = 1_000_000;

    private EventValidator() {
    }

    /**
     * The validated event; throws a 422 {@code SafeGridException} listing every failing field.
     *
     * @param today the town's date
     * @param enterpriseExists tells whether an enterprise id exists in the registry
     */
    public static EventData validate(EventInput input, String language, LocalDate today,
            LongPredicate enterpriseExists) {
        EventInput in = input != null
                ? input
                : new EventInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null);
        InputReader reader = new InputReader(language);
        var name = reader.line("name", in.name(), NAME_MAX, true);
        var organiserName = reader.line("organiserName", in.organiserName(), NAME_MAX, false);
        Long organiserId = in.organiserId();
        if (organiserId != null) {
            if (organiserId <= 0 || !enterpriseExists.test(organiserId)) {
                reader.fail("organiserId", Message.NO_SUCH_ENTERPRISE, organiserId);
            }
            if (organiserName != null) {
                reader.fail("organiserName", Message.ORGANISER_TWICE, null);
            }
        } else if (organiserName == null && !reader.failed("organiserName")) {
            reader.fail("organiserName", Message.ORGANISER_REQUIRED, null);
        }
        var venue = reader.line("venue", in.venue(), VENUE_MAX, true);
        var startAt = reader.dateTime("startAt", in.startAt());
        var endAt = reader.dateTime("endAt", in.endAt());
        if (startAt != null && endAt != null) {
            if (!endAt.isAfter(startAt)) {
                reader.fail("endAt", Message.END_NOT_AFTER_START, null);
            } else if (Duration.between(startAt, endAt).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
                reader.fail("endAt", Message.TOO_LONG_EVENT, MAX_DAYS);
            }
        }
        Integer attendance = people(reader, "attendance", in.attendance(), true);
        Integer capacity = people(reader, "capacity", in.capacity(), false);

        boolean assessed = Boolean.TRUE.equals(in.assessed());
        LocalDate assessedOn = null;
        String assessor = null;
        AssessmentResult result = null;
        if (assessed) {
            assessedOn = reader.date("assessedOn", in.assessedOn());
            assessor = reader.line("assessor", in.assessor(), NAME_MAX, true);
            result = reader.choice("result", in.result(), AssessmentResult.class);
            if (assessedOn != null && assessedOn.isAfter(today)) {
                reader.fail("assessedOn", Message.IN_FUTURE, null);
            } else if (assessedOn != null && startAt != null && assessedOn.isAfter(startAt.toLocalDate())) {
                reader.fail("assessedOn", Message.AFTER_START, null);
            }
        } else {
            emptyUnlessAssessed(reader, "assessedOn", in.assessedOn());
            emptyUnlessAssessed(reader, "assessor", in.assessor());
            emptyUnlessAssessed(reader, "result", in.result());
        }
        var contact = reader.line("contact", in.contact(), PERSON_MAX, true);
        var contactPhone = reader.phone("contactPhone", in.contactPhone(), true);
        var note = reader.multiline("note", in.note(), NOTE_MAX, false);
        reader.throwIfInvalid();
        return new EventData(name, organiserId, organiserName, venue, startAt, endAt, attendance, capacity, assessed,
                assessedOn, assessor, result, Boolean.TRUE.equals(in.planFiled()), contact, contactPhone,
                Boolean.TRUE.equals(in.cancelled()), note);
    }

    /** The version a replacement names; required. */
    public static long version(EventInput input, String language) {
        InputReader reader = new InputReader(language);
        if (input == null || input.version() == null || input.version() < 0) {
            reader.fail("version", Message.REQUIRED, null);
        }
        reader.throwIfInvalid();
        return input.version();
    }

    private static Integer people(InputReader reader, String field, Integer value, boolean required) {
        if (value == null) {
            return required ? reader.fail(field, Message.REQUIRED, null) : null;
        }
        if (value < 1 || value > MAX_PEOPLE) {
            return reader.fail(field, Message.BAD_NUMBER, "1–" + MAX_PEOPLE);
        }
        return value;
    }

    private static void emptyUnlessAssessed(InputReader reader, String field, String value) {
        if (value != null && !value.isBlank()) {
            reader.fail(field, Message.ONLY_WHEN_ASSESSED, null);
        }
    }
}

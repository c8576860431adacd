package org.safegrid.enforcement.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safegrid.enforcement.api.InspectionKind;
import org.safegrid.enforcement.api.NewInspection;
import org.safegrid.enforcement.internal.dto.InspectionInput;
import org.safegrid.enforcement.internal.testing.Errors;

class InspectionValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static NewInspection read(InspectionInput input) {
        InputReader reader = new InputReader("en");
        NewInspection inspection = InspectionValidator.read(input, TODAY, reader);
        reader.throwIfInvalid();
        return inspection;
    }

    @Test
    void aGoodInspection() {
        assertEquals(new NewInspection(3, InspectionKind.UNANNOUNCED, TODAY, "王建国、李四", "消防通道堵塞\n灭火器过期"),
                read(new InspectionInput(3L, "unannounced", "2026-11-28", " 王建国、李四 ", "消防通道堵塞\n灭火器过期")));
    }

    @Test
    void aDateInTheFutureIsRefused() {
        assertEquals("must not be later than today",
                Errors.fields(() -> read(new InspectionInput(3L, "ROUTINE", "2026-11-29", "a", "b"))).get("date"));
    }

    @Test
    void everyFieldIsChecked() {
        Map<String, String> fields = Errors.fields(() -> read(new InspectionInput(null, "SURPRISE", "1999-12-31",
                "a\nb", "x".repeat(4001))));
        assertEquals("is required", fields.get("enterpriseId"));
        assertEquals("must be one of ROUTINE, UNANNOUNCED, EXPERT, JOINT", fields.get("kind"));
        assertEquals("must not be earlier than 2000-01-01", fields.get("date"));
        assertEquals("must not contain line breaks or control characters", fields.get("inspectors"));
        assertEquals("must be at most 4000 characters", fields.get("findings"));
    }

    @Test
    void nothingAtAll() {
        assertEquals(5, Errors.fields(() -> read(null)).size());
    }
}

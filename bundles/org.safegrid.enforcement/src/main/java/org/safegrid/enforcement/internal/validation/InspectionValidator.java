package org.safegrid.enforcement.internal.validation;

import java.time.LocalDate;

import org.safegrid.enforcement.api.InspectionKind;
import org.safegrid.enforcement.api.NewInspection;
import org.safegrid.enforcement.internal.dto.InspectionInput;

/** Checks an inspection from a client: an enterprise, a kind, a date not in the future, inspectors and findings. */
public final class InspectionValidator {

    private InspectionValidator() {
    }

    /**
     * The inspection as far as the body tells; failures go to the reader, which the caller throws.
     *
     * @param today the town's date
     */
    public static NewInspection read(InspectionInput input, LocalDate today, InputReader reader) {
        InspectionInput in = input != null ? input : new InspectionInput(null, null, null, null, null);
        Long enterpriseId = reader.id("enterpriseId", in.enterpriseId(), true);
        InspectionKind kind = reader.choice("kind", in.kind(), InspectionKind.class, true);
        LocalDate date = Dates.past("date", in.date(), today, reader);
        String inspectors = reader.line("inspectors", in.inspectors(), Limits.INSPECTORS_MAX, true);
        String findings = reader.multiline("findings", in.findings(), Limits.FINDINGS_MAX, true);
        return new NewInspection(enterpriseId == null ? 0 : enterpriseId, kind, date, inspectors, findings);
    }
}

package org.safegrid.enforcement.api;

import java.time.LocalDate;

/**
 * Step 1 of a case: the rectification order (责令限期整改).
 *
 * @param inspectionId the inspection of the same enterprise that found the violation, or null
 * @param violationKind the kind of violation, at most 60 characters; compared case-insensitively for repeat offences
 * @param description what is to be rectified, at most 2000 characters
 * @param deadline the rectification deadline, today or later
 */
public record NewCase(long enterpriseId, Long inspectionId, String violationKind, String description,
        LocalDate deadline) {
}

package org.safegrid.dept.agriculture.internal.dto;

import java.math.BigDecimal;

/**
 * A reservoir or pond as the REST API returns it, with its flood-season state today: {@code dueOn} is the day its next
 * inspection is due (null outside the flood season) and {@code overdue} whether that day has passed.
 */
public record ReservoirDto(Long id, String code, String name, String village, String kind, BigDecimal capacity,
        String damType, String managingUnit, Long enterpriseId, String responsible, String responsiblePhone,
        String note, String lastInspectedOn, String dueOn, boolean overdue, long version, String createdBy,
        String createdAt, String updatedBy, String updatedAt) {
}

package org.safegrid.dept.agriculture.internal.dto;

/**
 * A reservoir or pond as a client sends it. Numbers and ids arrive as text (JSON numbers are accepted too), so that a
 * bad one is reported under its field; {@code version} is required when replacing one.
 */
public record ReservoirInput(String code, String name, String village, String kind, String capacity,
        String damType, String managingUnit, String enterpriseId, String responsible, String responsiblePhone,
        String note, Long version) {
}

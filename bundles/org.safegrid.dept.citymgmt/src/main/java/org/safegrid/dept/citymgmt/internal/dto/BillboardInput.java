package org.safegrid.dept.citymgmt.internal.dto;

/**
 * A billboard as a client sends it. Numbers, ids and dates arrive as text (JSON numbers are accepted too), so that a
 * bad one is reported under its field; {@code version} is required when replacing one.
 */
public record BillboardInput(String code, String location, String village, String kind, String owner,
        String ownerPhone, String enterpriseId, String width, String height, String installedOn,
        String lastCheckedOn, String note, Long version) {
}

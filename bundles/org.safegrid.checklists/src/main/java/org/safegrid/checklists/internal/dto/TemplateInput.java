package org.safegrid.checklists.internal.dto;

import java.util.List;

/**
 * The body of {@code POST /api/checklists/templates} and {@code PUT /api/checklists/templates/{code}}.
 *
 * @param code the template's code (POST; on PUT the path's, and if given it must match)
 * @param name the Chinese name, required
 * @param nameEn the English name; the Chinese one when absent
 * @param cadence {@code DAILY}, {@code WEEKLY} or {@code MONTHLY}
 * @param sectors sector codes it applies to; none means every sector
 * @param flags enterprise flags of which an enterprise needs one; none means no flag is needed
 * @param department the department it belongs to; a department user's own when absent and they have one
 * @param items 1 to 200 items, codes unique
 * @param version on PUT, the version the client last read (optional): another latest version is refused with 409
 */
public record TemplateInput(String code, String name, String nameEn, String cadence, List<String> sectors,
        List<String> flags, String department, List<ItemInput> items, Integer version) {
}

package org.safegrid.checklists.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;

/**
 * One version of a checklist template. Versions never change once stored; editing a template stores a new version.
 *
 * @param code the template's code
 * @param version its version, from 1
 * @param department the department it belongs to
 * @param source {@code contributed} (from a department's plug-in) or {@code custom} (written in SafeGrid)
 * @param active whether it is due in new periods
 */
public record Template(String code, int version, String name, String nameEn, Cadence cadence, Set<String> sectors,
        Set<String> flags, List<TemplateItem> items, String department, String source, boolean active,
        Instant createdAt, String createdBy) {

    public Template {
        sectors = Set.copyOf(sectors);
        flags = Set.copyOf(flags);
        items = List.copyOf(items);
    }
}

package org.safegrid.itests.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** A checklist template as stored: its latest definition decides where it applies; each version has its items. */
record Tpl(String code, String cadence, Set<String> sectors, Set<String> flags, String department, boolean active,
  List<Version> versions) {

    record Version(int version, LocalDateTime createdAt, List<Item> items) {
    }

    record Item(String code, String text, String severity) {
    }

    /** {@code TemplateDefinition.appliesTo}: one of its sectors (or none named) and one of its flags (or none). */
    boolean appliesTo(Ent e) {
        return (sectors.isEmpty() || sectors.contains(e.sector()))
          && (flags.isEmpty() || !Collections.disjoint(flags, e.flags()));
    }

    /** The town day its first version was stored: nothing is owed for periods that ended before. */
    LocalDate firstDay() {
        return versions.get(0).createdAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(Volume.TOWN).toLocalDate();
    }

    /** The version a submission made at this time was filled against: the latest stored by then. */
    Version versionAt(LocalDateTime utc) {
        Version result = versions.get(0);
        for (Version v : versions) {
            if (!v.createdAt().isAfter(utc)) {
                result = v;
            }
        }
        return result;
    }
}

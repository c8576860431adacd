package org.safegrid.checklists.internal.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.internal.model.EnterpriseFacts;
import org.safegrid.checklists.internal.model.Sources;
import org.safegrid.checklists.internal.model.TemplateHead;

/** Template heads and enterprises for the calculators' tests. */
final class Heads {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant LONG_AGO = Instant.parse("2025-01-01T00:00:00Z");

    private Heads() {
    }

    static TemplateHead fuel(String code, Cadence cadence) {
        return head(code, cadence, Set.of("fuel-station"), Set.of(), true, LONG_AGO);
    }

    static TemplateHead head(String code, Cadence cadence, Set<String> sectors, Set<String> flags, boolean active,
            Instant created) {
        return new TemplateHead(code.hashCode(), code, 1, "清单" + code, "Checklist " + code, cadence, sectors, flags,
                "emergency", Sources.CONTRIBUTED, active, created, "plugin:emergency", created);
    }

    static EnterpriseFacts station(long id) {
        return new EnterpriseFacts(id, "加油站" + id, "fuel-station", Set.of(), true, LocalDate.of(2025, 1, 1));
    }
}

package org.safegrid.checklists.internal.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enterprises registered on or after a day, with the day: they owe nothing for periods that ended before. The
 * registry's profiles carry no registration day, so the registry is read newest change first (an enterprise is
 * changed no earlier than it was registered) until a change older than the day, at most {@value #MAX_PAGES} pages;
 * beyond that, the rest is taken as registered before the day.
 */
public final class Arrivals {

    static final int MAX_PAGES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(Arrivals.class);

    private Arrivals() {
    }

    public static Map<Long, LocalDate> since(EnterpriseService enterprises, LocalDate day, DataScope scope,
            ZoneId zone) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Map<Long, LocalDate> arrived = new HashMap<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<Enterprise> found = enterprises.find(new EnterpriseQuery(null, null, null, null, null,
                    EnterpriseStatus.OPERATING, Set.of(), null, page, EnterpriseQuery.MAX_SIZE, "-updatedAt"), scope);
            for (Enterprise e : found.items()) {
                if (e.updatedAt() == null || e.updatedAt().isBefore(start)) {
                    return arrived;
                }
                if (e.createdAt() != null && !e.createdAt().isBefore(start)) {
                    arrived.put(e.id(), e.createdAt().atZone(zone).toLocalDate());
                }
            }
            if (found.items().size() < EnterpriseQuery.MAX_SIZE) {
                return arrived;
            }
        }
        LOG.debug("More than {} enterprises changed since {}; the rest are taken as registered before",
                MAX_PAGES * EnterpriseQuery.MAX_SIZE, day);
        return arrived;
    }
}

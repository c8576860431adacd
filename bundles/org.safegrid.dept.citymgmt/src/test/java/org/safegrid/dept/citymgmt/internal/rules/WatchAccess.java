package org.safegrid.dept.citymgmt.internal.rules;

import java.time.LocalDate;

import org.safegrid.api.supervision.AlertPublisher;
import org.safegrid.dept.citymgmt.internal.CitySettings;
import org.safegrid.dept.citymgmt.internal.service.BillboardFacts;

/** Opens the billboard watch's package-private test hooks to tests in other packages. */
public final class WatchAccess {

    private WatchAccess() {
    }

    public static BillboardWatch manual(BillboardFacts facts, CitySettings settings, AlertPublisher publisher) {
        return BillboardWatch.manual(facts, settings, publisher);
    }

    public static int check(BillboardWatch watch, LocalDate today) {
        return watch.check(today);
    }
}

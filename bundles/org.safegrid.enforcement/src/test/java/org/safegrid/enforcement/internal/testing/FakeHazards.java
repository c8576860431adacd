package org.safegrid.enforcement.internal.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safegrid.api.security.DataScope;
import org.safegrid.hazards.api.Hazard;
import org.safegrid.hazards.api.HazardService;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.api.NewHazard;

/** Keeps the hazards reported to it. */
public final class FakeHazards implements HazardService {

    public final List<NewHazard> reported = new ArrayList<>();

    @Override
    public Hazard report(NewHazard hazard, DataScope scope, String user) {
        reported.add(hazard);
        return new Hazard(100 + reported.size(), hazard.enterpriseId(), "企业", "emergency", "baishiyi",
                hazard.source(), hazard.sourceRef(), hazard.description(), hazard.level(), HazardState.REPORTED,
                hazard.deadline(), hazard.fiveFixes(), false, user, Instant.parse("2026-11-28T02:00:00Z"), null, null,
                null, 0);
    }

    @Override
    public Optional<Hazard> get(long id, DataScope scope) {
        return Optional.empty();
    }
}

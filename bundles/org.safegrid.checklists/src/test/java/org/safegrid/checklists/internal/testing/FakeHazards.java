package org.safegrid.checklists.internal.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.security.DataScope;
import org.safegrid.hazards.api.Hazard;
import org.safegrid.hazards.api.HazardService;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.api.NewHazard;

/** A hand-written hazard service: keeps what is reported, and fails the n-th report when told to. */
public final class FakeHazards implements HazardService {

    public final List<NewHazard> reported = new ArrayList<>();
    public final List<String> users = new ArrayList<>();
    public final List<Long> ids = new ArrayList<>();
    private long nextId = 500;
    private int failOn;
    private RuntimeException failure;

    /** The {@code n}-th report from now on (1 = the next) throws {@code failure}. */
    public void fail(int n, RuntimeException failure) {
        this.failOn = reported.size() + n;
        this.failure = failure;
    }

    /** A 422 as the hazards module answers bad input. */
    public static SafeGridException invalid() {
        return SafeGridException.invalid("Some fields are invalid", Map.of("deadline", "must not be in the past"));
    }

    @Override
    public Hazard report(NewHazard hazard, DataScope scope, String user) {
        if (failure != null && reported.size() + 1 == failOn) {
            failOn = 0;
            throw failure;
        }
        reported.add(hazard);
        users.add(user);
        long id = nextId++;
        ids.add(id);
        return new Hazard(id, hazard.enterpriseId(), "企业", "emergency", "baishiyi", hazard.source(),
                hazard.sourceRef(), hazard.description(), hazard.level(), HazardState.REPORTED, hazard.deadline(),
                hazard.fiveFixes(), false, user, Instant.now(), null, null, null, 0);
    }

    @Override
    public Optional<Hazard> get(long id, DataScope scope) {
        return Optional.empty();
    }
}

package org.safegrid.inbox.internal.testing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Fixed clocks in the town's time zone. */
public final class Clocks {

    public static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

    private Clocks() {
    }

    public static Clock at(LocalDateTime localTime) {
        return Clock.fixed(localTime.atZone(TOWN).toInstant(), TOWN);
    }
}

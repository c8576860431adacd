package org.safegrid.enforcement.internal.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock in the town's zone that tests move from day to day. */
public final class TownClock extends Clock {

    public static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public TownClock(LocalDate day) {
        set(day);
    }

    /** Ten in the morning of the day, town time. */
    public void set(LocalDate day) {
        now = day.atTime(10, 0).atZone(TOWN).toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, TOWN);
    }

    @Override
    public ZoneId getZone() {
        return TOWN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}

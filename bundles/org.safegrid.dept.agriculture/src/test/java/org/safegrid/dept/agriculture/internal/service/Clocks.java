package org.safegrid.dept.agriculture.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.safegrid.dept.agriculture.internal.AgricultureSettings;
import org.safegrid.dept.agriculture.internal.Season;

/** Settings whose clock reads 09:00 of a given day in the town. */
final class Clocks {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

    private Clocks() {
    }

    static AgricultureSettings settingsOn(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(9, 0).atZone(TOWN).toInstant(), TOWN);
        return AgricultureSettings.fixed(clock, Season.parse("05-01", "09-30"), Season.parse("10-01", "04-30"), 30);
    }
}

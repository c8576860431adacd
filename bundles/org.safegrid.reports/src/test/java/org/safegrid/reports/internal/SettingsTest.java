package org.safegrid.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsAreTheTownsOwn() {
        Settings settings = Settings.of(Wiring.defaults());
        assertEquals(ZoneId.of("Asia/Shanghai"), settings.zone());
        assertEquals(1, settings.archiveHour());
        assertEquals(5, settings.trendPeriods());
        assertEquals(12, settings.maxStreak());
        assertEquals("白市驿镇", settings.townName().zh());
        assertEquals("Baishiyi Town", settings.townName().en());
    }

    @Test
    void badValuesFallBackToTheirDefaults() {
        Settings settings = Settings.of(config(Map.of("zone", "Mars/Olympus", "archiveHour", 25, "trendPeriods", -1,
                "maxStreak", 0, "townName", "走马镇", "townNameEn", " ")));
        assertEquals(Settings.DEFAULT.zone(), settings.zone());
        assertEquals(1, settings.archiveHour());
        assertEquals(5, settings.trendPeriods());
        assertEquals(12, settings.maxStreak());
        assertEquals("走马镇", settings.townName().zh());
        assertEquals("走马镇", settings.townName().en());
    }

    private static ReportsConfig config(Map<String, Object> values) {
        ReportsConfig defaults = Wiring.defaults();
        return (ReportsConfig) Proxy.newProxyInstance(ReportsConfig.class.getClassLoader(),
                new Class<?>[]{ReportsConfig.class}, (proxy, method, args) -> values.containsKey(method.getName())
                        ? values.get(method.getName())
                        : method.invoke(defaults, args));
    }
}

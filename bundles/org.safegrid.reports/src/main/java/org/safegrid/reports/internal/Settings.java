package org.safegrid.reports.internal;

import java.time.ZoneId;

import org.safegrid.api.module.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports' configuration, read from {@link ReportsConfig}.
 *
 * @param zone the town's time zone: what "today" and "the 1st of the month" mean
 * @param archiveHour the hour of the 1st of each month after which the previous month is archived
 * @param trendPeriods how many earlier periods the trend shows besides the current one
 * @param maxStreak how many periods, the current one included, a last-place streak is counted back at most
 * @param townName the town's name in report titles
 * @param catchUpDelayMinutes minutes after start before the first archive check, so every figure source is bound
 */
public record Settings(ZoneId zone, int archiveHour, int trendPeriods, int maxStreak, LocalizedText townName,
        int catchUpDelayMinutes) {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    public static final Settings DEFAULT = new Settings(ZoneId.of("Asia/Shanghai"), 1, 5, 12,
            LocalizedText.of("白市驿镇", "Baishiyi Town"), 5);

    public Settings {
        if (archiveHour < 0 || archiveHour > 23) {
            throw new IllegalArgumentException("archiveHour must be 0 to 23, not " + archiveHour);
        }
        if (trendPeriods < 0 || trendPeriods > 24) {
            throw new IllegalArgumentException("trendPeriods must be 0 to 24, not " + trendPeriods);
        }
        if (maxStreak < 1 || maxStreak > 36) {
            throw new IllegalArgumentException("maxStreak must be 1 to 36, not " + maxStreak);
        }
        if (catchUpDelayMinutes < 0) {
            throw new IllegalArgumentException("catchUpDelayMinutes must not be negative");
        }
    }

    /** The settings of a configuration; a value out of range is logged and its default taken instead. */
    public static Settings of(ReportsConfig config) {
        String zh = config.townName() == null || config.townName().isBlank() ? "白市驿镇" : config.townName().strip();
        String en = config.townNameEn() == null || config.townNameEn().isBlank() ? zh : config.townNameEn().strip();
        ZoneId zone = DEFAULT.zone();
        try {
            zone = ZoneId.of(config.zone().strip());
        } catch (RuntimeException e) {
            LOG.warn("{}: zone '{}' is no time zone; using {}", ReportsConfig.PID, config.zone(), zone);
        }
        return new Settings(zone, within("archiveHour", config.archiveHour(), 0, 23, DEFAULT.archiveHour()),
                within("trendPeriods", config.trendPeriods(), 0, 24, DEFAULT.trendPeriods()),
                within("maxStreak", config.maxStreak(), 1, 36, DEFAULT.maxStreak()), LocalizedText.of(zh, en),
                within("catchUpDelayMinutes", config.catchUpDelayMinutes(), 0, 24 * 60,
                        DEFAULT.catchUpDelayMinutes()));
    }

    private static int within(String key, int value, int min, int max, int fallback) {
        if (value >= min && value <= max) {
            return value;
        }
        LOG.warn("{}: {} must be {} to {}, not {}; using {}", ReportsConfig.PID, key, min, max, value, fallback);
        return fallback;
    }
}

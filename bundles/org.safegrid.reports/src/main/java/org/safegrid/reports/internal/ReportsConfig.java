package org.safegrid.reports.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.safegrid.reports}. */
@ObjectClassDefinition(id = ReportsConfig.PID, name = "SafeGrid reports", description = "Reports, rankings and the monthly archive")
public @interface ReportsConfig {

    String PID = "org.safegrid.reports";

    @AttributeDefinition(description = "The town's time zone (today, the 1st of the month)")
    String zone() default "Asia/Shanghai";

    @AttributeDefinition(description = "Hour of the 1st of the month after which the previous month is archived")
    int archiveHour() default 1;

    @AttributeDefinition(description = "Earlier periods shown in the trend besides the current one")
    int trendPeriods() default 5;

    @AttributeDefinition(description = "Periods a last-place streak is counted back at most, the current one included")
    int maxStreak() default 12;

    @AttributeDefinition(description = "The town's name in report titles (Chinese)")
    String townName() default "白市驿镇";

    @AttributeDefinition(description = "The town's name in report titles (English)")
    String townNameEn() default "Baishiyi Town";

    @AttributeDefinition(description = "Minutes after start before the first archive check (figure sources bind first)")
    int catchUpDelayMinutes() default 5;
}

package org.safegrid.enforcement.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of PID {@code org.safegrid.enforcement} ({@code etc/org.safegrid.enforcement.cfg}). */
@ObjectClassDefinition(name = "SafeGrid enforcement", description = "Repeat offenders and inspection frequency "
        + "(measure 6)")
public @interface EnforcementConfig {

    @AttributeDefinition(name = "Repeat window (days)", min = "1", description = "A case of the same violation "
            + "kind at the same enterprise within this many days of an earlier one is a repeat offence; the "
            + "enterprise then counts as a repeat offender for this many days")
    int repeatWindowDays() default 365;

    @AttributeDefinition(name = "Base inspections per month", description = "Per risk level, as LEVEL=number "
            + "(RED, ORANGE, YELLOW, BLUE); several may be given in one value separated by commas")
    String[] baseInspectionsPerMonth() default {"RED=4", "ORANGE=2", "YELLOW=1", "BLUE=1"};

    @AttributeDefinition(name = "Repeat multiplier", min = "1", description = "What a repeat offence multiplies "
            + "the enterprise's base inspection frequency by")
    int repeatMultiplier() default 2;
}

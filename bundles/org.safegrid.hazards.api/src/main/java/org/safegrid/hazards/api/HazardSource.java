package org.safegrid.hazards.api;

/** Where a hazard was found. */
public enum HazardSource {
    SELF_INSPECTION, INSPECTION, TIPOFF, OTHER
}

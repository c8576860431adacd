package org.safegrid.hazards.api;

/** 一般隐患 or 重大隐患. */
public enum HazardLevel {
    GENERAL, MAJOR
}

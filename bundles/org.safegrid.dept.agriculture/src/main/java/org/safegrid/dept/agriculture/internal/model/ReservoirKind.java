package org.safegrid.dept.agriculture.internal.model;

/** What kind of water body it is. */
public enum ReservoirKind {
    /** 小（1）型水库: 1 to 10 million m³. */
    SMALL_1,
    /** 小（2）型水库: 100,000 to 1 million m³. */
    SMALL_2,
    /** 山坪塘: a farm pond below 100,000 m³. */
    POND
}

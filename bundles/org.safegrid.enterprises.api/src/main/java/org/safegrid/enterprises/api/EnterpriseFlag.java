package org.safegrid.enterprises.api;

/** Facts about an enterprise that change how it is supervised. */
public enum EnterpriseFlag {
    /** 规上企业: above designated size. */
    ABOVE_SCALE,
    /** 重大危险源: a major hazard source. */
    MAJOR_HAZARD_SOURCE,
    /** 火灾高危: high fire risk. */
    HIGH_FIRE_RISK,
    /** 特种设备: special equipment. */
    SPECIAL_EQUIPMENT
}

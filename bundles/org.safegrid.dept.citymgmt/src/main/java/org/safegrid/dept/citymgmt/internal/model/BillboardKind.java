package org.safegrid.dept.citymgmt.internal.model;

/** How a billboard is mounted. */
public enum BillboardKind {
    /** 墙面广告 */
    WALL,
    /** 屋顶广告 */
    ROOFTOP,
    /** 落地（立柱）广告 */
    FREESTANDING,
    /** 店招店牌 */
    SHOPFRONT,
    /** 其他 */
    OTHER
}

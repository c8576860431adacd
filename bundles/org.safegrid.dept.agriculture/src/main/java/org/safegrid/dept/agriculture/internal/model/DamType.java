package org.safegrid.dept.agriculture.internal.model;

/** The dam's type. */
public enum DamType {
    /** 土坝 */
    EARTH,
    /** 堆石坝 */
    ROCKFILL,
    /** 浆砌石坝 */
    MASONRY,
    /** 混凝土坝 */
    CONCRETE,
    /** 其他 */
    OTHER
}

package org.safegrid.api.checklist;

/** What a checklist item looks at: the five aspects of the notice (人、物、工艺、环境、管理). */
public enum ItemCategory {
    /** 人: people and their behaviour. */
    PEOPLE,
    /** 物: equipment and materials. */
    EQUIPMENT,
    /** 工艺: process. */
    PROCESS,
    /** 环境: environment. */
    ENVIRONMENT,
    /** 管理: management. */
    MANAGEMENT
}

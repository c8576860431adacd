package org.safegrid.dept.economic.internal.model;

/** A member of a chief-engineer team: name, specialty (for example 电气, 机械, 消防) and an optional phone. */
public record Member(String name, String specialty, String phone) {
}

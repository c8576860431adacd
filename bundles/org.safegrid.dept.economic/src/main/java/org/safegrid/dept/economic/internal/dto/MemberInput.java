package org.safegrid.dept.economic.internal.dto;

/** A team member as a client sends it. */
public record MemberInput(String name, String specialty, String phone) {
}

package org.safegrid.dept.economic.internal.dto;

/** A team member on the wire. */
public record MemberDto(String name, String specialty, String phone) {
}

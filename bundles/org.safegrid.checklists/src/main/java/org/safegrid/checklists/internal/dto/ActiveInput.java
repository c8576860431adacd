package org.safegrid.checklists.internal.dto;

/** The body of {@code PUT /api/checklists/templates/{code}/active}. */
public record ActiveInput(Boolean active) {
}

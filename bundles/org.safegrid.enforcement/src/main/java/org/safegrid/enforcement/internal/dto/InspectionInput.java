package org.safegrid.enforcement.internal.dto;

/**
 * The body of {@code POST /api/inspections}.
 *
 * @param kind {@code ROUTINE}, {@code UNANNOUNCED}, {@code EXPERT} or {@code JOINT}
 * @param date the day of the inspection ({@code 2026-11-28}), not in the future
 * @param inspectors the inspectors' names, at most 500 characters
 * @param findings what was found, at most 4000 characters
 */
public record InspectionInput(Long enterpriseId, String kind, String date, String inspectors, String findings) {
}

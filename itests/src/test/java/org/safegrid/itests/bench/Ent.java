package org.safegrid.itests.bench;

import java.time.LocalDate;
import java.util.Set;

/**
 * A generated enterprise as the later steps need it: what is copied into hazards, inspections and cases, what decides
 * which templates apply, and how diligently it self-inspects ({@code diligence}, the share of owed periods it fills).
 */
record Ent(long id, String name, String department, String secondDepartment, String village, String sector,
  String status, String risk, Set<String> flags, LocalDate registered, LocalDate stopped, double diligence) {

    boolean operating() {
        return "OPERATING".equals(status);
    }

    /** The last day it could self-inspect: the day before today, or before it stopped operating. */
    LocalDate activeUntil(LocalDate today) {
        return stopped == null ? today : stopped;
    }
}

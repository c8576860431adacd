package org.safegrid.checklists.api;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Working days as the town keeps them: Monday to Friday, except public holidays, plus the weekend days that are
 * worked instead (调休). Configured per year.
 */
@ProviderType
public interface WorkCalendar {

    boolean isWorkingDay(LocalDate day);

    /** The number of working days from {@code from} to {@code to}, both included. */
    int workingDays(LocalDate from, LocalDate to);
}

package org.safegrid.dept.culture.internal.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.safegrid.dept.culture.internal.model.LargeEvent;

/** What the checks and the report read of the large events. */
public interface EventSource {

    /** The events not cancelled that have not ended by {@code from} and start by {@code to}, soonest first. */
    List<LargeEvent> upcoming(LocalDateTime from, LocalDateTime to);

    /** The events not cancelled that start on a day from {@code from} to {@code to}, both included. */
    List<LargeEvent> startingBetween(LocalDate from, LocalDate to);
}

package org.safegrid.enforcement.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Page;

/**
 * Inspections and closed-loop enforcement as other bundles (departments, supervision rules, reports, credit) use
 * them. Every method that takes a {@link DataScope} answers within it: an enterprise, inspection or case outside it is
 * not found (404). Changes also need the right to change the enterprise (403 otherwise; village users read only).
 * Failures are {@code SafeGridException}s: 422 on bad input (code {@code legal_basis_missing} when a penalty lacks its
 * legal basis), 409 {@code bad_transition} for a step the case's state does not allow. Each change posts an event of
 * {@link EnforcementEvents}.
 */
@ProviderType
public interface EnforcementService {

    /** Records an inspection with the enterprise's self-inspection compliance over the 30 days before it. */
    Inspection recordInspection(NewInspection inspection, DataScope scope, String user);

    Optional<Inspection> inspection(long id, DataScope scope);

    /** Inspections in scope, latest first. */
    Page<Inspection> inspections(InspectionQuery query, DataScope scope);

    /** Step 1: a rectification order; flags a repeat offence when one is found. */
    EnforcementCase openCase(NewCase order, DataScope scope, String user);

    /** Step 2: the re-inspection of an open order. */
    EnforcementCase reinspect(long caseId, LocalDate date, boolean rectified, String note, DataScope scope,
            String user);

    /** Step 3: the penalty, only after a re-inspection found the problem not rectified. */
    EnforcementCase decidePenalty(long caseId, BigDecimal amount, String legalBasis, String note, DataScope scope,
            String user);

    /** The refusal to rectify after the penalty: starts the daily continuing penalty (按日连续处罚). */
    EnforcementCase startDailyPenalty(long caseId, BigDecimal amountPerDay, String legalBasis, LocalDate startsOn,
            String note, DataScope scope, String user);

    /** Rectified after a penalty: stops any daily penalty (the day still counts) and closes the case. */
    EnforcementCase rectified(long caseId, LocalDate date, String note, DataScope scope, String user);

    /** The case, its daily penalty accrued as of today. */
    Optional<EnforcementCase> enforcementCase(long id, DataScope scope);

    /** Cases in scope, latest order first. */
    Page<EnforcementCase> cases(CaseQuery query, DataScope scope);

    /** A case's timeline, oldest step first; empty when the case is not in scope. */
    List<CaseStep> timeline(long caseId, DataScope scope);

    /** The inspections per month an enterprise in scope requires now. */
    Optional<InspectionFrequency> frequency(long enterpriseId, DataScope scope);

    /** Whether the enterprise is a repeat offender on that day, whatever the caller's scope. */
    boolean isRepeatOffender(long enterpriseId, LocalDate day);

    /** Repeat offences in scope, latest first; only those in force today when {@code activeOnly}. */
    Page<RepeatOffender> repeatOffenders(boolean activeOnly, DataScope scope, int page, int size);

    /**
     * The zero-enforcement check of a period (both days included): the departments and villages the scope covers
     * ({@link DataScope#all()} covers all), each with its inspections and cases. A null {@code to} is today, a null
     * {@code from} the first day of the month of {@code to}; {@code from} after {@code to} is a 400
     * {@code bad_period}.
     */
    ZeroCheck zeroCheck(LocalDate from, LocalDate to, DataScope scope);
}

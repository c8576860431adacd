package org.safegrid.enforcement.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.EnforcementCase;
import org.safegrid.enforcement.api.Inspection;
import org.safegrid.enforcement.api.InspectionQuery;
import org.safegrid.enforcement.api.NewInspection;
import org.safegrid.enforcement.internal.dto.FiveFixesInput;
import org.safegrid.enforcement.internal.dto.HazardInput;
import org.safegrid.enforcement.internal.dto.InspectionInput;
import org.safegrid.enforcement.internal.dto.InspectionView;
import org.safegrid.enforcement.internal.model.Acting;
import org.safegrid.enforcement.internal.persistence.EnterpriseColumns;
import org.safegrid.enforcement.internal.validation.Failures;
import org.safegrid.enforcement.internal.validation.InputReader;
import org.safegrid.enforcement.internal.validation.InspectionValidator;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.Page;
import org.safegrid.hazards.api.FiveFixes;
import org.safegrid.hazards.api.Hazard;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.NewHazard;

/**
 * Inspections: recorded with the enterprise's self-inspection compliance as it stood, read within the caller's scope,
 * and the source of hazards reported from their findings.
 */
@Component(service = Inspections.class)
public class Inspections {

    private final EnterpriseService enterprises;
    private final InspectionStore store;
    private final CaseStore cases;
    private final ComplianceSource compliance;
    private final HazardReporter hazards;
    private final EventPublisher events;
    private final Clock clock;

    @Activate
    public Inspections(@Reference EnterpriseService enterprises, @Reference InspectionStore store,
            @Reference CaseStore cases, @Reference ComplianceSource compliance, @Reference HazardReporter hazards,
            @Reference EventPublisher events) {
        this(enterprises, store, cases, compliance, hazards, events, Clock.systemDefaultZone());
    }

    /** @param clock the town's clock (the JVM runs in the town's time zone, {@code SAFEGRID_TIMEZONE}) */
    public Inspections(EnterpriseService enterprises, InspectionStore store, CaseStore cases,
            ComplianceSource compliance, HazardReporter hazards, EventPublisher events, Clock clock) {
        this.enterprises = enterprises;
        this.store = store;
        this.cases = cases;
        this.compliance = compliance;
        this.hazards = hazards;
        this.events = events;
        this.clock = clock;
    }

    /** Records an inspection from a client: 422 on bad input, 403 for a caller who may only read the enterprise. */
    public InspectionView record(InspectionInput input, DataScope scope, String user, String language) {
        InputReader reader = new InputReader(language);
        Inspection inspection = record(InspectionValidator.read(input, LocalDate.now(clock), reader), reader, scope,
                user);
        return InspectionView.of(inspection, List.of(), List.of(), true);
    }

    /** Records an inspection read so far by {@code reader}, which holds any failures of its fields. */
    Inspection record(NewInspection inspection, InputReader reader, DataScope scope, String user) {
        Optional<Enterprise> enterprise = Access.forChange(enterprises, inspection.enterpriseId(), scope, reader);
        reader.throwIfInvalid();
        Enterprise e = enterprise.orElseThrow();
        Inspection saved = store.create(EnterpriseColumns.of(e, Acting.department(e, scope)), inspection.kind(),
                inspection.date(), inspection.inspectors(), inspection.findings(),
                compliance.snapshot(enterprises.profile(e), inspection.date()), user);
        events.inspectionRecorded(saved, user);
        return saved;
    }

    /** The inspection, if its enterprise is in scope. */
    public Optional<Inspection> get(long id, DataScope scope) {
        return store.get(id).filter(i -> enterprises.get(i.enterpriseId(), scope).isPresent());
    }

    /** The inspection with its cases and hazards; 404 outside the scope. */
    public InspectionView view(long id, DataScope scope, String language) {
        Inspection inspection = store.get(id).orElseThrow(() -> Failures.inspectionNotFound(id, language));
        Enterprise enterprise = enterprises.get(inspection.enterpriseId(), scope)
                .orElseThrow(() -> Failures.inspectionNotFound(id, language));
        LocalDate today = LocalDate.now(clock);
        List<EnforcementCase> opened = cases.byInspection(id).stream().map(c -> CaseMapper.toCase(c, today)).toList();
        return InspectionView.of(inspection, opened, store.hazards(id), enterprises.mayEdit(enterprise, scope));
    }

    public Page<Inspection> list(InspectionQuery query, DataScope scope) {
        return store.list(query, scope);
    }

    /**
     * Reports a finding of an inspection as a hazard (source {@code INSPECTION}, reference {@code inspection:<id>})
     * and links it to the inspection: 404 outside the scope, 403 for a reader, 503 without the hazards module; the
     * hazards module checks the hazard itself (422).
     */
    public Hazard reportHazard(long inspectionId, HazardInput input, DataScope scope, String user, String language) {
        Inspection inspection = store.get(inspectionId)
                .orElseThrow(() -> Failures.inspectionNotFound(inspectionId, language));
        Enterprise enterprise = enterprises.get(inspection.enterpriseId(), scope)
                .orElseThrow(() -> Failures.inspectionNotFound(inspectionId, language));
        if (!enterprises.mayEdit(enterprise, scope)) {
            throw Failures.mayNotEdit(language);
        }
        HazardInput in = input != null ? input : new HazardInput(null, null, null, null);
        InputReader reader = new InputReader(language);
        HazardLevel level = reader.choice("level", in.level(), HazardLevel.class, true);
        LocalDate deadline = reader.date("deadline", in.deadline(), false);
        FiveFixes fixes = fiveFixes(in.fiveFixes(), reader);
        reader.throwIfInvalid();
        Hazard hazard = hazards.report(new NewHazard(enterprise.id(), HazardSource.INSPECTION,
                "inspection:" + inspectionId, in.description(), level, deadline, fixes), scope, user, language);
        store.linkHazard(inspectionId, hazard.id(), user);
        return hazard;
    }

    private static FiveFixes fiveFixes(FiveFixesInput in, InputReader reader) {
        if (in == null) {
            return null;
        }
        return new FiveFixes(in.responsiblePerson(), in.measures(), in.funds(),
                reader.date("fiveFixes.deadline", in.deadline(), false), in.contingencyPlan());
    }
}

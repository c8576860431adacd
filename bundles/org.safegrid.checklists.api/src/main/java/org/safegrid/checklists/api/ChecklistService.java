package org.safegrid.checklists.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.safegrid.api.plate.EnterpriseProfile;

/** Checklists as other bundles (inspections, reports) use them. */
@ProviderType
public interface ChecklistService {

    /** The current version of every active template that applies to this enterprise. */
    List<Template> templatesFor(EnterpriseProfile enterprise);

    /** A template version, if it exists. */
    Optional<Template> template(String code, int version);

    /** The period of this cadence that holds the day. */
    Period periodOf(org.safegrid.api.checklist.Cadence cadence, LocalDate day);

    /** What the enterprise owed from {@code from} to {@code to} and what it submitted. */
    Compliance compliance(EnterpriseProfile enterprise, LocalDate from, LocalDate to);
}

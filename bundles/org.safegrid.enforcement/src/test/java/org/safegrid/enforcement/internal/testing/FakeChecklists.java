package org.safegrid.enforcement.internal.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.checklists.api.ChecklistService;
import org.safegrid.checklists.api.Compliance;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.api.Template;

/** Answers a set compliance and remembers what it was asked. */
public final class FakeChecklists implements ChecklistService {

    /** What {@link #compliance} was asked: enterprise id, from, to. */
    public record Asked(long enterpriseId, LocalDate from, LocalDate to) {
    }

    public final List<Asked> asked = new ArrayList<>();
    public Compliance.Count daily = new Compliance.Count(30, 27);
    public Compliance.Count weekly = new Compliance.Count(4, 4);
    public Compliance.Count monthly = new Compliance.Count(1, 0);
    public RuntimeException failure;

    @Override
    public List<Template> templatesFor(EnterpriseProfile enterprise) {
        return List.of();
    }

    @Override
    public Optional<Template> template(String code, int version) {
        return Optional.empty();
    }

    @Override
    public Period periodOf(Cadence cadence, LocalDate day) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Compliance compliance(EnterpriseProfile enterprise, LocalDate from, LocalDate to) {
        asked.add(new Asked(enterprise.id(), from, to));
        if (failure != null) {
            throw failure;
        }
        return new Compliance(enterprise.id(), from, to, daily, weekly, monthly);
    }
}

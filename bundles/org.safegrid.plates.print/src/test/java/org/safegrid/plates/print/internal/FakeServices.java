package org.safegrid.plates.print.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleRequirement;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.Page;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;
import org.safegrid.plates.api.Plate;
import org.safegrid.plates.api.PlateService;

/**
 * The plates and enterprises services holding the one sample plate; its enterprise is in the scope of the emergency
 * department only, as the registry would decide.
 */
public final class FakeServices implements PlateService, EnterpriseService {

    private final Plate plate = Samples.plate("李强", 2);
    private final Enterprise enterprise = Samples.enterprise();

    /** A printer over these services, with the given public base URL, at a fixed date. */
    public static PlatePrinter printer(String publicBaseUrl) {
        FakeServices services = new FakeServices();
        return new PlatePrinter(services, services, TestFonts.FONTS, PrintSettings.of(publicBaseUrl, null),
                Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    private boolean sees(DataScope scope) {
        return scope.sees(enterprise.department(), enterprise.secondDepartment(), enterprise.village());
    }

    @Override
    public Optional<Plate> plate(long enterpriseId, DataScope scope) {
        return enterpriseId == plate.enterpriseId() && sees(scope) ? Optional.of(plate) : Optional.empty();
    }

    @Override
    public Optional<Plate> publicPlate(String creditCode) {
        return plate.creditCode().equals(creditCode) ? Optional.of(plate) : Optional.empty();
    }

    @Override
    public List<PlateRoleRequirement> requiredRoles(EnterpriseProfile profile) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Plate> incomplete(EnterpriseQuery query, DataScope scope) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Enterprise> find(EnterpriseQuery query, DataScope scope) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Enterprise> get(long id, DataScope scope) {
        return id == enterprise.id() && sees(scope) ? Optional.of(enterprise) : Optional.empty();
    }

    @Override
    public Optional<Enterprise> byCreditCode(String creditCode) {
        return enterprise.creditCode().equals(creditCode) ? Optional.of(enterprise) : Optional.empty();
    }

    @Override
    public boolean mayEdit(Enterprise e, DataScope scope) {
        return scope.edits(e.department(), e.secondDepartment());
    }

    @Override
    public List<EnterpriseProfile> profiles(EnterpriseQuery query, DataScope scope) {
        throw new UnsupportedOperationException();
    }

    @Override
    public EnterpriseProfile profile(Enterprise e) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Village> villages() {
        return List.of(new Village("other", "别的村", true), new Village(Samples.VILLAGE, Samples.VILLAGE_NAME, true));
    }

    @Override
    public List<Sector> sectors() {
        return List.of();
    }
}

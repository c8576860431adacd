package org.safegrid.plates.print.internal;

import java.util.Optional;

import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.CreditCode;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.Village;
import org.safegrid.plates.api.Plate;
import org.safegrid.plates.api.PlateService;
import org.safegrid.plates.print.internal.model.PlateView;

/** Gathers a plate and its enterprise from the two services, within the caller's scope or for the public. */
final class PlateViews {

    private final PlateService plates;
    private final EnterpriseService enterprises;

    PlateViews(PlateService plates, EnterpriseService enterprises) {
        this.plates = plates;
        this.enterprises = enterprises;
    }

    Optional<PlateView> inScope(long enterpriseId, DataScope scope) {
        Optional<Plate> plate = plates.plate(enterpriseId, scope);
        if (plate.isEmpty()) {
            return Optional.empty();
        }
        return enterprises.get(enterpriseId, scope).map(enterprise -> view(plate.get(), enterprise));
    }

    /** The plate of a credit code; empty for a code that is malformed or fails its check character. */
    Optional<PlateView> forPublic(String creditCode) {
        String code = CreditCode.normalise(creditCode);
        if (!CreditCode.isValid(code)) {
            return Optional.empty();
        }
        Optional<Plate> plate = plates.publicPlate(code);
        if (plate.isEmpty()) {
            return Optional.empty();
        }
        return enterprises.byCreditCode(code).map(enterprise -> view(plate.get(), enterprise));
    }

    private PlateView view(Plate plate, Enterprise enterprise) {
        String village = enterprise.village();
        if (village != null) {
            village = enterprises.villages()
                    .stream()
                    .filter(v -> v.code().equals(enterprise.village()))
                    .map(Village::name)
                    .findFirst()
                    .orElse(village);
        }
        return new PlateView(plate, enterprise, village);
    }
}

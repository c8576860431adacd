package org.safegrid.dept.citymgmt.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import org.safegrid.dept.citymgmt.internal.dto.BillboardInput;
import org.safegrid.dept.citymgmt.internal.model.BillboardData;
import org.safegrid.dept.citymgmt.internal.model.BillboardKind;

/**
 * Checks a billboard from a client: every field within its limits, the village one the registry knows, the owning
 * enterprise (when named) one the caller sees, and the dates in order (installed, then checked, neither in the future).
 */
public final class BillboardValidator {

    public static final int CODE_MAX = 30;
    public static final int LOCATION_MAX = 200;
    public static final int OWNER_MAX = 100;
    public static final int NOTE_MAX = 500;
    public static final BigDecimal SIZE_MIN = new BigDecimal("0.1");
    public static final BigDecimal SIZE_MAX = new BigDecimal("100");

    private BillboardValidator() {
    }

    /** The validated billboard; throws a 422 {@code SafeGridException} listing every failing field. */
    public static BillboardData validate(BillboardInput input, String language, LocalDate today,
            Predicate<String> villageExists, LongPredicate enterpriseVisible) {
        BillboardInput in = input != null
                ? input
                : new BillboardInput(null, null, null, null, null, null, null, null, null, null, null, null, null);
        InputReader reader = new InputReader(language);
        var code = reader.code("code", in.code(), CODE_MAX, true);
        var location = reader.line("location", in.location(), LOCATION_MAX, true);
        var village = reader.line("village", in.village(), 40, true);
        var kind = reader.choice("kind", in.kind(), BillboardKind.class);
        var owner = reader.line("owner", in.owner(), OWNER_MAX, true);
        var phone = reader.phone("ownerPhone", in.ownerPhone(), false);
        var enterpriseId = reader.id("enterpriseId", in.enterpriseId());
        var width = reader.number("width", in.width(), SIZE_MIN, SIZE_MAX, 2, true);
        var height = reader.number("height", in.height(), SIZE_MIN, SIZE_MAX, 2, true);
        var installedOn = reader.date("installedOn", in.installedOn());
        var lastCheckedOn = reader.optionalDate("lastCheckedOn", in.lastCheckedOn());
        var note = reader.multiline("note", in.note(), NOTE_MAX, false);

        if (village != null && !villageExists.test(village)) {
            reader.fail("village", Message.NO_SUCH_VILLAGE, village);
        }
        if (enterpriseId != null && !enterpriseVisible.test(enterpriseId)) {
            reader.fail("enterpriseId", Message.NO_SUCH_ENTERPRISE, enterpriseId);
        }
        if (installedOn != null && installedOn.isAfter(today)) {
            reader.fail("installedOn", Message.IN_FUTURE, null);
        }
        if (lastCheckedOn != null && lastCheckedOn.isAfter(today)) {
            reader.fail("lastCheckedOn", Message.IN_FUTURE, null);
        } else if (lastCheckedOn != null && installedOn != null && lastCheckedOn.isBefore(installedOn)) {
            reader.fail("lastCheckedOn", Message.BEFORE_INSTALL, null);
        }
        reader.throwIfInvalid();
        return new BillboardData(code, location, village, kind, owner, phone, enterpriseId, width, height,
                installedOn, lastCheckedOn, note);
    }
}

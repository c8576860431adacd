package org.safegrid.dept.agriculture.internal.validation;

import java.math.BigDecimal;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import org.safegrid.dept.agriculture.internal.dto.ReservoirInput;
import org.safegrid.dept.agriculture.internal.model.DamType;
import org.safegrid.dept.agriculture.internal.model.ReservoirData;
import org.safegrid.dept.agriculture.internal.model.ReservoirKind;

/**
 * Checks a reservoir or pond from a client: every field within its limits, the village one the registry knows, the
 * managing enterprise (when named) one the caller may see.
 */
public final class ReservoirValidator {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 100;
    public static final int PERSON_MAX = 50;
    public static final int NOTE_MAX = 500;
    /** The largest capacity, in 10,000 m³: a small (1) reservoir holds at most 1,000. */
    public static final BigDecimal CAPACITY_MAX = new BigDecimal("100000");

    private ReservoirValidator() {
    }

    /**
     * The validated reservoir; throws a 422 {@code SafeGridException} listing every failing field.
     *
     * @param villageExists tells whether a village code exists
     * @param enterpriseVisible tells whether the caller sees an enterprise id
     */
    public static ReservoirData validate(ReservoirInput input, String language, Predicate<String> villageExists,
            LongPredicate enterpriseVisible) {
        ReservoirInput in = input != null
                ? input
                : new ReservoirInput(null, null, null, null, null, null, null, null, null, null, null, null);
        InputReader reader = new InputReader(language);
        var code = reader.code("code", in.code(), CODE_MAX, true);
        var name = reader.line("name", in.name(), NAME_MAX, true);
        var village = reader.line("village", in.village(), 40, true);
        var kind = reader.choice("kind", in.kind(), ReservoirKind.class);
        var capacity = reader.number("capacity", in.capacity(), new BigDecimal("0.01"), CAPACITY_MAX, 2, true);
        var damType = reader.choice("damType", in.damType(), DamType.class);
        var managingUnit = reader.line("managingUnit", in.managingUnit(), NAME_MAX, false);
        var enterpriseId = reader.id("enterpriseId", in.enterpriseId());
        var responsible = reader.line("responsible", in.responsible(), PERSON_MAX, true);
        var phone = reader.phone("responsiblePhone", in.responsiblePhone(), true);
        var note = reader.multiline("note", in.note(), NOTE_MAX, false);

        if (village != null && !villageExists.test(village)) {
            reader.fail("village", Message.NO_SUCH_VILLAGE, village);
        }
        if (enterpriseId != null && !enterpriseVisible.test(enterpriseId)) {
            reader.fail("enterpriseId", Message.NO_SUCH_ENTERPRISE, enterpriseId);
        }
        reader.throwIfInvalid();
        return new ReservoirData(code, name, village, kind, capacity, damType, managingUnit, enterpriseId,
                responsible, phone, note);
    }
}

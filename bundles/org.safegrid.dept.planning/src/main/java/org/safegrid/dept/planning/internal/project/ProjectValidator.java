package org.safegrid.dept.planning.internal.project;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

import org.safegrid.dept.planning.internal.common.InputReader;
import org.safegrid.dept.planning.internal.common.Message;

/**
 * Checks a project from a client. The builder must be an enterprise the caller may change; the planned completion is
 * not before the start; once work has started (any phase after preparation) the construction permit number is required
 * (the Construction Law, article 7: no work without a permit).
 */
public final class ProjectValidator {

    public static final int NAME_MAX = 100;
    public static final int ADDRESS_MAX = 200;
    public static final int PERMIT_MAX = 50;
    public static final int PERSON_MAX = 50;

    private static final Pattern PERMIT = Pattern.compile("[A-Za-z0-9-]+");

    private ProjectValidator() {
    }

    /**
     * The validated project; throws a 422 {@code SafeGridException} listing every failing field.
     *
     * @param builder the name of the enterprise with this id if the caller may change it, else empty
     * @param update whether an existing project is being changed (then the version is required)
     */
    public static ProjectData validate(ProjectInput input, String language, LongFunction<Optional<String>> builder,
            boolean update) {
        ProjectInput in = input != null
                ? input
                : new ProjectInput(null, null, null, null, null, null, null, null, null, null);
        InputReader reader = new InputReader(language);
        String name = reader.line("name", in.name(), NAME_MAX, true);
        Long enterpriseId = reader.positive("enterpriseId", in.enterpriseId(), true);
        String address = reader.line("address", in.address(), ADDRESS_MAX, true);
        String permit = reader.line("permitNumber", in.permitNumber(), PERMIT_MAX, false);
        var start = reader.date("startDate", in.startDate());
        var end = reader.date("plannedEnd", in.plannedEnd());
        ProjectPhase phase = reader.choice("phase", in.phase(), ProjectPhase.class);
        String officer = reader.line("safetyOfficer", in.safetyOfficer(), PERSON_MAX, true);
        String phone = reader.phone("safetyOfficerPhone", in.safetyOfficerPhone(), true);
        Long version = reader.positiveOrZero("version", in.version(), update);

        String builderName = null;
        if (enterpriseId != null) {
            builderName = builder.apply(enterpriseId).orElse(null);
            if (builderName == null) {
                reader.fail("enterpriseId", Message.NO_SUCH_ENTERPRISE, enterpriseId);
            }
        }
        if (permit != null && !PERMIT.matcher(permit).matches()) {
            reader.fail("permitNumber", Message.BAD_PERMIT, null);
        } else if (permit == null && phase != null && phase != ProjectPhase.PREPARATION) {
            reader.fail("permitNumber", Message.PERMIT_REQUIRED, null);
        }
        if (start != null && end != null && end.isBefore(start)) {
            reader.fail("plannedEnd", Message.END_BEFORE_START, null);
        }
        reader.throwIfInvalid();
        return new ProjectData(name, enterpriseId, builderName, address, permit, start, end, phase, officer, phone,
                update ? version : null);
    }
}

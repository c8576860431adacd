package org.safegrid.dept.economic.internal.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.dept.economic.internal.EconomicDepartment;
import org.safegrid.dept.economic.internal.dto.MemberInput;
import org.safegrid.dept.economic.internal.dto.TeamInput;
import org.safegrid.dept.economic.internal.model.LeaderTitle;
import org.safegrid.dept.economic.internal.model.Member;
import org.safegrid.dept.economic.internal.model.TeamData;

/**
 * Checks a chief-engineer team from a client. The enterprise must be one the caller may change and the office
 * regulates; the team has its leader (总工程师 or 技术负责人) and {@value #MIN_MEMBERS} to {@value #MAX_MEMBERS}
 * further members with their specialties; it cannot be established in the future.
 */
public final class TeamValidator {

    public static final int NAME_MAX = 50;
    public static final int NOTE_MAX = 500;
    public static final int MIN_MEMBERS = 2;
    public static final int MAX_MEMBERS = 30;

    private TeamValidator() {
    }

    /**
     * The validated team; throws a 422 {@code SafeGridException} listing every failing field.
     *
     * @param today the town's date
     * @param editable the profile of an enterprise the caller may change, empty when there is none such
     */
    public static TeamData validate(TeamInput input, String language, LocalDate today,
            LongFunction<Optional<EnterpriseProfile>> editable) {
        TeamInput in = input != null ? input : new TeamInput(null, null, null, null, null, null, null, null);
        InputReader reader = new InputReader(language);
        Long enterpriseId = in.enterpriseId();
        if (enterpriseId == null) {
            reader.fail("enterpriseId", Message.REQUIRED, null);
        } else {
            Optional<EnterpriseProfile> profile = enterpriseId > 0 ? editable.apply(enterpriseId) : Optional.empty();
            if (profile.isEmpty()) {
                reader.fail("enterpriseId", Message.NO_SUCH_ENTERPRISE, enterpriseId);
            } else if (!EconomicDepartment.ID.equals(profile.get().department())
                    && !EconomicDepartment.ID.equals(profile.get().secondDepartment())) {
                reader.fail("enterpriseId", Message.NOT_REGULATED, null);
            }
        }
        var leader = reader.line("leader", in.leader(), NAME_MAX, true);
        var title = reader.choice("leaderTitle", in.leaderTitle(), LeaderTitle.class);
        var phone = reader.phone("leaderPhone", in.leaderPhone(), true);
        var established = reader.date("establishedOn", in.establishedOn());
        if (established != null && established.isAfter(today)) {
            reader.fail("establishedOn", Message.IN_FUTURE, null);
        }
        List<Member> members = members(reader, in.members(), leader);
        var note = reader.multiline("note", in.note(), NOTE_MAX, false);
        reader.throwIfInvalid();
        return new TeamData(enterpriseId, leader, title, phone, established, members, note);
    }

    private static List<Member> members(InputReader reader, List<MemberInput> input, String leader) {
        List<MemberInput> given = input == null ? List.of() : input;
        if (given.size() < MIN_MEMBERS) {
            reader.fail("members", Message.TOO_FEW_MEMBERS, MIN_MEMBERS);
        } else if (given.size() > MAX_MEMBERS) {
            reader.fail("members", Message.TOO_MANY_MEMBERS, MAX_MEMBERS);
            return List.of();
        }
        List<Member> members = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            MemberInput m = given.get(i) != null ? given.get(i) : new MemberInput(null, null, null);
            String prefix = "members[" + i + "].";
            String name = reader.line(prefix + "name", m.name(), NAME_MAX, true);
            String specialty = reader.line(prefix + "specialty", m.specialty(), NAME_MAX, true);
            String phone = reader.phone(prefix + "phone", m.phone(), false);
            if (name != null && name.equals(leader)) {
                reader.fail(prefix + "name", Message.LEADER_AS_MEMBER, null);
            } else if (name != null && !names.add(name)) {
                reader.fail(prefix + "name", Message.DUPLICATE_MEMBER, null);
            }
            members.add(new Member(name, specialty, phone));
        }
        return members;
    }

    /** The version a replacement names; required. */
    public static long version(TeamInput input, String language) {
        InputReader reader = new InputReader(language);
        if (input == null || input.version() == null || input.version() < 0) {
            reader.fail("version", Message.REQUIRED, null);
        }
        reader.throwIfInvalid();
        return input.version();
    }
}

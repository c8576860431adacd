package org.safegrid.dept.economic.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.dept.economic.internal.dto.MemberInput;
import org.safegrid.dept.economic.internal.dto.TeamInput;
import org.safegrid.dept.economic.internal.model.LeaderTitle;
import org.safegrid.dept.economic.internal.model.TeamData;

class TeamValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static final LongFunction<Optional<EnterpriseProfile>> REGISTRY = id -> switch ((int) id) {
        case 1 -> Optional.of(profile(1, "economic", null));
        case 2 -> Optional.of(profile(2, "emergency", "economic"));
        case 3 -> Optional.of(profile(3, "planning", null));
        default -> Optional.empty();
    };

    static EnterpriseProfile profile(long id, String department, String second) {
        return new EnterpriseProfile(id, "X", "企业" + id, "factory", department, second, "V01", "YELLOW",
                Set.of("ABOVE_SCALE"), 300);
    }

    static List<MemberInput> members() {
        return List.of(new MemberInput("李工", "电气", "13812345678"), new MemberInput("王工", "机械", null));
    }

    static TeamInput input(Long enterpriseId, String established, List<MemberInput> members) {
        return new TeamInput(enterpriseId, " 张总工 ", "CHIEF_ENGINEER", "023-65671234", established, members,
                "每季度开展一次隐患会诊", 0L);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fields(SafeGridException e) {
        assertEquals(422, e.kind().status());
        return (Map<String, String>) e.details().get("fields");
    }

    @Test
    void aCompleteTeamIsTrimmedAndAccepted() {
        TeamData data = TeamValidator.validate(input(1L, "2026-03-01", members()), "zh-CN", TODAY, REGISTRY);
        assertEquals("张总工", data.leader());
        assertEquals(LeaderTitle.CHIEF_ENGINEER, data.leaderTitle());
        assertEquals(2, data.members().size());
        assertEquals(LocalDate.of(2026, 3, 1), data.establishedOn());
        // the second regulating department counts too
        assertEquals(2L, TeamValidator.validate(input(2L, "2026-03-01", members()), "zh", TODAY, REGISTRY)
                .enterpriseId());
    }

    @Test
    void everyMissingFieldIsReportedAtOnceInTheCallersLanguage() {
        SafeGridException e = assertThrows(SafeGridException.class,
                () -> TeamValidator.validate(null, "en-US", TODAY, REGISTRY));
        Map<String, String> fields = fields(e);
        assertEquals(Set.of("enterpriseId", "leader", "leaderTitle", "leaderPhone", "establishedOn", "members"),
                fields.keySet());
        assertEquals("is required", fields.get("leader"));
        assertEquals("a team needs at least 2 members", fields.get("members"));
        assertEquals("Some fields are invalid", e.getMessage());
    }

    @Test
    void theEnterpriseMustBeVisibleAndRegulatedByTheOffice() {
        assertEquals("企业 9 不存在或不在您的管辖范围内", fields(assertThrows(SafeGridException.class,
                () -> TeamValidator.validate(input(9L, "2026-03-01", members()), "zh", TODAY, REGISTRY)))
                .get("enterpriseId"));
        assertEquals("该企业不由经发办监管", fields(assertThrows(SafeGridException.class,
                () -> TeamValidator.validate(input(3L, "2026-03-01", members()), "zh", TODAY, REGISTRY)))
                .get("enterpriseId"));
    }

    @Test
    void badDatesPhonesAndMembersAreFieldErrors() {
        List<MemberInput> bad = new ArrayList<>(members());
        bad.add(new MemberInput("李工", "消防", "12345"));
        bad.add(new MemberInput("张总工", "安全", null));
        bad.add(new MemberInput(null, " ", null));
        Map<String, String> fields = fields(assertThrows(SafeGridException.class,
                () -> TeamValidator.validate(input(1L, "2026-12-01", bad), "en", TODAY, REGISTRY)));
        assertEquals("cannot be in the future", fields.get("establishedOn"));
        assertEquals("is listed twice", fields.get("members[2].name"));
        assertEquals("is not a valid phone number (a mobile number or a landline with area code)",
                fields.get("members[2].phone"));
        assertEquals("the leader is not listed again as a member", fields.get("members[3].name"));
        assertEquals("is required", fields.get("members[4].name"));
        assertEquals("is required", fields.get("members[4].specialty"));
        assertEquals("must be a date like 2026-11-28", fields(assertThrows(SafeGridException.class,
                () -> TeamValidator.validate(input(1L, "2026-02-30", members()), "en", TODAY, REGISTRY)))
                .get("establishedOn"));
    }

    @Test
    void aReplacementNeedsTheVersion() {
        TeamInput noVersion = new TeamInput(1L, "张", "CHIEF_ENGINEER", "13812345678", "2026-01-01", members(), null,
                null);
        assertEquals(Set.of("version"), fields(assertThrows(SafeGridException.class,
                () -> TeamValidator.version(noVersion, "zh"))).keySet());
        assertEquals(0L, TeamValidator.version(input(1L, "2026-01-01", members()), "zh"));
    }
}

package org.safegrid.itests.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Responsibility plates for most enterprises: the roles their risk requires (as {@code PlateService} and the emergency
 * office's contributor work them out), a quarter of them with a role or two still missing, and the history rows that
 * adding each person writes. The rest of the enterprises have no plate yet.
 */
final class Plates {

    private static final Set<String> DANGEROUS_GOODS = Set.of("hazardous-chemicals", "fuel-station",
      "gas-filling-station");
    private static final String[] POSTS = {"一号储罐区", "配电房", "锅炉房", "卸油区", "喷涂车间", "仓库", "厨房操作间", "消防控制室"};

    private final Volume volume;
    private final Random random;

    Plates(Volume volume) {
        this.volume = volume;
        this.random = new Random(volume.seed() ^ 0x504c54L);
    }

    /** The roles a plate of this enterprise must name. */
    static List<String> requiredRoles(Ent e) {
        List<String> roles = new ArrayList<>(List.of("regulator", "town-official", "enterprise-head"));
        if (e.flags().contains("HIGH_FIRE_RISK") || e.flags().contains("SPECIAL_EQUIPMENT")) {
            roles.add("special-regulator");
        }
        if ("RED".equals(e.risk()) || e.flags().contains("MAJOR_HAZARD_SOURCE")) {
            roles.addAll(List.of("management-lead", "technical-lead", "operation-lead", "post-lead"));
        }
        if ("emergency".equals(e.department()) && DANGEROUS_GOODS.contains(e.sector())) {
            roles.add("safety-officer");
        }
        return roles;
    }

    int write(Db db, Sink sink, List<Ent> enterprises) throws SQLException {
        Batch plate = sink.insert("SG_PLT_PLATE", "ENTERPRISE_ID", "VERSION", "UPDATED_AT", "UPDATED_BY");
        Batch person = sink.insert("SG_PLT_PERSON", "ID", "ENTERPRISE_ID", "ROLE_CODE", "NAME", "POSITION", "PHONE",
          "USERNAME", "POST", "SORT_ORDER");
        Batch history = sink.insert("SG_PLT_HISTORY", "ID", "ENTERPRISE_ID", "CHANGED_AT", "CHANGED_BY", "ROLE_CODE",
          "PERSON_ID", "PERSON_NAME", "FIELD_NAME", "OLD_VALUE", "NEW_VALUE");
        long personId = db.maxId("SG_PLT_PERSON") + 1;
        long historyId = db.maxId("SG_PLT_HISTORY") + 1;
        int plates = 0;
        for (Ent e : enterprises) {
            if (random.nextInt(10) >= 6) {
                continue;
            }
            List<String> roles = requiredRoles(e);
            if (random.nextInt(4) == 0) {
                int missing = Math.min(roles.size() - 1, 1 + random.nextInt(2));
                for (int m = 0; m < missing; m++) {
                    roles.remove(1 + random.nextInt(roles.size() - 1));
                }
            }
            String user = Names.staffUser(e.department(), random.nextInt(6));
            var at = Volume.utc(e.registered().plusDays(random.nextInt(60)).atTime(10, random.nextInt(60)));
            if (at.isAfter(volume.nowUtc())) {
                at = volume.nowUtc().minusHours(1);
            }
            plate.add(e.id(), 1L, at, user);
            plates++;
            int order = 0;
            for (String role : roles) {
                int count = "post-lead".equals(role) ? 1 + random.nextInt(3) : 1;
                for (int c = 0; c < count; c++) {
                    String name = "regulator".equals(role) ? Names.staffName(e.department(), random.nextInt(6))
                      : Names.person(random);
                    person.add(personId, e.id(), role, name, position(role), Names.mobile(random),
                      "regulator".equals(role) ? user : null, "post-lead".equals(role) ? Names.pick(random, POSTS) : null,
                      order++);
                    history.add(historyId++, e.id(), at, user, role, personId, name, "person", null, name);
                    personId++;
                }
            }
        }
        return plates;
    }

    private String position(String role) {
        return switch (role) {
        case "regulator" -> "监管员";
        case "town-official" -> "副镇长";
        case "enterprise-head" -> Names.pick(random, new String[] {"董事长", "总经理", "法定代表人", "主要出资人"});
        case "special-regulator" -> "消防专干";
        case "management-lead" -> "厂长";
        case "technical-lead" -> "技术部长";
        case "operation-lead" -> "车间主任";
        case "safety-officer" -> "专职安全员";
        default -> "岗位负责人";
        };
    }
}

package org.safegrid.itests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The six department modules as the department tests drive them: each one's REST collection of its own data and a
 * valid new record for it.
 *
 * @param id the department id
 * @param collection the path of its own data, under {@code /api/dept/<id>/}
 * @param record makes a valid new record, given an enterprise of the department
 */
record Departments(String id, String collection, Function<Long, Map<String, Object>> record) {

    static final String VILLAGE = "it-dep";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static final List<Departments> ALL = List.of(
            new Departments("emergency", "log", enterprise -> DutyLog.entry("部门测试值班记录")),
            new Departments("planning", "projects", enterprise -> {
                Map<String, Object> p = new HashMap<>();
                p.put("name", "白市驿安置房二期" + TODAY);
                p.put("enterpriseId", enterprise);
                p.put("address", "白市驿镇正街 1 号");
                p.put("permitNumber", "500106202611290101");
                p.put("startDate", TODAY.minusDays(10).toString());
                p.put("plannedEnd", TODAY.plusMonths(10).toString());
                p.put("phase", "MAIN_STRUCTURE");
                p.put("safetyOfficer", "刘安全");
                p.put("safetyOfficerPhone", "13812345678");
                return p;
            }),
            new Departments("economic", "teams", enterprise -> Map.of("enterpriseId", enterprise, "leader", "张建华",
                    "leaderTitle", "CHIEF_ENGINEER", "leaderPhone", "13812345678", "establishedOn",
                    TODAY.minusDays(30).toString(), "members", List.of(Map.of("name", "李明", "specialty", "电气"),
                            Map.of("name", "王强", "specialty", "机械")))),
            new Departments("culture", "events", enterprise -> {
                Map<String, Object> e = new HashMap<>();
                e.put("name", "部门测试灯会");
                e.put("organiserName", "白市驿村委会");
                e.put("venue", "村广场");
                e.put("startAt", TODAY.plusDays(20) + "T18:00:00");
                e.put("endAt", TODAY.plusDays(20) + "T21:00:00");
                e.put("attendance", 800);
                e.put("capacity", 1200);
                e.put("contact", "李主任");
                e.put("contactPhone", "023-65671234");
                return e;
            }),
            new Departments("agriculture", "reservoirs", enterprise -> Map.of("code", "IT-QL-01", "name", "青龙水库",
                    "village", VILLAGE, "kind", "SMALL_2", "capacity", "12.5", "damType", "EARTH", "responsible", "张三",
                    "responsiblePhone", "13812345678")),
            new Departments("citymgmt", "billboards", enterprise -> {
                Map<String, Object> b = new HashMap<>();
                b.put("code", "IT-GG-001");
                b.put("location", "正街 8 号楼顶");
                b.put("village", VILLAGE);
                b.put("kind", "ROOFTOP");
                b.put("owner", "白市驿商贸公司");
                b.put("width", "12");
                b.put("height", "3");
                b.put("installedOn", "2024-05-01");
                b.put("lastCheckedOn", TODAY.minusDays(30).toString());
                return b;
            }));

    String base() {
        return "/api/dept/" + id + "/" + collection;
    }

    String feature() {
        return "safegrid-dept-" + id;
    }

    String user() {
        return "it.dep." + id;
    }

    String uiModule() {
        return "/ui/modules/" + id + "/index.js";
    }
}

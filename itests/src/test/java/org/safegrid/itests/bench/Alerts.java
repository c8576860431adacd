package org.safegrid.itests.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.TreeSet;

/**
 * The inbox's alerts that the generated hazards would have raised (the inbox bundle's platform alerts): a critical
 * one when a major hazard is reported and a warning when a hazard is marked overdue, addressed to the enterprise's
 * departments ({@code dept-<id>}) and the committee office. Written only when the inbox's tables exist.
 */
final class Alerts {

    private final Batch alert;
    private final Batch role;
    private long alertId;
    private long roleId;
    private int count;

    Alerts(Db db, Sink sink) throws SQLException {
        alert = sink.insert("SG_INB_ALERT", "ID", "CODE", "LEVEL", "TITLE_ZH", "TITLE_EN", "MESSAGE_ZH", "MESSAGE_EN",
          "LINK", "ENTERPRISE_ID", "DEPARTMENT", "VILLAGE", "SOURCE_TOPIC", "RAISED_BY", "CREATED_AT");
        role = sink.insert("SG_INB_ALERT_ROLE", "ID", "ALERT_ID", "ROLE", "CREATED_AT");
        alertId = db.maxId("SG_INB_ALERT") + 1;
        roleId = db.maxId("SG_INB_ALERT_ROLE") + 1;
    }

    /** The inbox's tables, or null when the inbox module has not created them. */
    static Alerts ifPresent(Db db, Sink sink) throws SQLException {
        return db.hasTable("SG_INB_ALERT") && db.hasTable("SG_INB_ALERT_ROLE") ? new Alerts(db, sink) : null;
    }

    void majorHazard(long hazardId, Ent e, LocalDateTime at) throws SQLException {
        add("major-hazard-reported", "CRITICAL", "重大隐患上报", "Major hazard reported",
          e.name() + "上报了重大隐患 #" + hazardId + "，须落实责任、措施、资金、时限和预案（五落实）后方可整改。",
          "A major hazard #" + hazardId + " was reported at " + e.name() + "; rectification may start once its five"
            + " fixes are recorded: responsibility, measures, funds, deadline and contingency plan.",
          hazardId, e, "org/safegrid/hazard/CREATED", at);
    }

    void overdue(long hazardId, Ent e, LocalDate deadline, LocalDateTime at) throws SQLException {
        add("hazard-overdue", "WARNING", "隐患逾期未整改", "Hazard overdue",
          e.name() + "的隐患 #" + hazardId + " 已超过整改期限（" + deadline + "），请督促整改并跟踪销号。",
          "Hazard #" + hazardId + " at " + e.name() + " is past its rectification deadline (" + deadline
            + "); follow up until it is rectified and closed.",
          hazardId, e, "org/safegrid/hazard/OVERDUE", at);
    }

    private void add(String code, String level, String titleZh, String titleEn, String zh, String en, long hazardId,
      Ent e, String topic, LocalDateTime at) throws SQLException {
        long id = alertId++;
        alert.add(id, code, level, titleZh, titleEn, zh, en, "#/hazards/" + hazardId, e.id(), e.department(),
          e.village(), topic, null, at);
        TreeSet<String> roles = new TreeSet<>();
        roles.add("dept-" + e.department());
        if (e.secondDepartment() != null) {
            roles.add("dept-" + e.secondDepartment());
        }
        roles.add("committee");
        for (String r : roles) {
            role.add(roleId++, id, r, at);
        }
        count++;
    }

    int count() {
        return count;
    }
}

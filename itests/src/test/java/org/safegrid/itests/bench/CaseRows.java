package org.safegrid.itests.bench;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The rows of enforcement cases: the case itself (written once its steps are known), its steps, repeat offences. */
final class CaseRows {

    /** A case being played forward; written by {@link CaseRows#finish}. */
    static final class Case {
        final long id;
        final Ent enterprise;
        final String acting;
        final Long inspectionId;
        final String kind;
        final String description;
        final LocalDate opened;
        final LocalDate deadline;
        final LocalDateTime openedAt;
        final String openedBy;
        String state = "ORDERED";
        boolean aggravated;
        Long repeatOf;
        Object[] reinspection = {null, null, null, null, null};
        Object[] penalty = {null, null, null, null, null, null};
        Object[] daily = {null, null, null, null, null, null, null};
        Object[] rectification = {null, null, null, null};
        LocalDateTime closedAt;
        long version = 1;

        Case(long id, Ent enterprise, String acting, Long inspectionId, String kind, String description,
          LocalDate opened, LocalDate deadline, LocalDateTime openedAt, String openedBy) {
            this.id = id;
            this.enterprise = enterprise;
            this.acting = acting;
            this.inspectionId = inspectionId;
            this.kind = kind;
            this.description = description;
            this.opened = opened;
            this.deadline = deadline;
            this.openedAt = openedAt;
            this.openedBy = openedBy;
        }
    }

    private final Batch cases;
    private final Batch steps;
    private final Batch repeats;
    private long caseId;
    private long stepId;
    private long repeatId;

    CaseRows(Db db, Sink sink) throws SQLException {
        cases = sink.insert("SG_ENF_CASE", "ID", "ENTERPRISE_ID", "ENTERPRISE_NAME", "DEPARTMENT", "SECOND_DEPARTMENT",
          "VILLAGE", "ACTING_DEPARTMENT", "INSPECTION_ID", "VIOLATION_KIND", "DESCRIPTION", "STATE", "DEADLINE",
          "OPENED_ON", "OPENED_AT", "OPENED_BY", "AGGRAVATED", "REPEAT_OF_CASE_ID", "REINSPECTED_ON",
          "REINSPECTION_RECTIFIED", "REINSPECTION_NOTE", "REINSPECTED_AT", "REINSPECTED_BY", "PENALTY_AMOUNT",
          "PENALTY_LEGAL_BASIS", "PENALTY_NOTE", "PENALTY_AGGRAVATED", "PENALTY_DECIDED_AT", "PENALTY_DECIDED_BY",
          "DAILY_AMOUNT", "DAILY_LEGAL_BASIS", "DAILY_NOTE", "DAILY_STARTS_ON", "DAILY_STOPPED_ON", "DAILY_DECIDED_AT",
          "DAILY_DECIDED_BY", "RECTIFIED_ON", "RECTIFIED_NOTE", "RECTIFIED_AT", "RECTIFIED_BY", "CLOSED_AT",
          "VERSION");
        steps = sink.insert("SG_ENF_STEP", "ID", "CASE_ID", "ACTION", "STATE", "STEP_AT", "STEP_BY", "SUMMARY", "NOTE");
        repeats = sink.insert("SG_ENF_REPEAT", "ID", "ENTERPRISE_ID", "ENTERPRISE_NAME", "DEPARTMENT",
          "SECOND_DEPARTMENT", "VILLAGE", "VIOLATION_KIND", "CASE_ID", "EARLIER_CASE_ID", "FLAGGED_AT", "WINDOW_END");
        caseId = db.maxId("SG_ENF_CASE") + 1;
        stepId = db.maxId("SG_ENF_STEP") + 1;
        repeatId = db.maxId("SG_ENF_REPEAT") + 1;
    }

    Case open(Ent e, String acting, Insp inspection, String kind, String description, LocalDate day,
      LocalDate deadline, LocalDateTime at, String user) throws SQLException {
        Case c = new Case(caseId++, e, acting, inspection == null ? null : inspection.id(), kind, description, day,
          deadline, at, user);
        step(c, "ORDER_ISSUED", at, user, "deadline=" + deadline, null);
        return c;
    }

    void repeat(Case c, long earlierId, LocalDate windowEnd, LocalDateTime at, String user) throws SQLException {
        c.aggravated = true;
        c.repeatOf = earlierId;
        Ent e = c.enterprise;
        repeats.add(repeatId++, e.id(), e.name(), e.department(), e.secondDepartment(), e.village(), c.kind, c.id,
          earlierId, at, windowEnd);
        step(c, "REPEAT_FLAGGED", at, user, "repeatOf=" + earlierId + ";windowEnd=" + windowEnd, null);
    }

    void reinspect(Case c, LocalDate day, boolean rectified, LocalDateTime at, String user) throws SQLException {
        c.state = rectified ? "REINSPECTED_RECTIFIED" : "REINSPECTED_NOT_RECTIFIED";
        String note = rectified ? "复查已整改" : "复查仍未整改";
        c.reinspection = new Object[] {day, rectified, note, at, user};
        if (rectified) {
            c.closedAt = at;
        }
        c.version++;
        step(c, "REINSPECTED", at, user, "date=" + day + ";rectified=" + rectified, note);
    }

    void penalise(Case c, BigDecimal amount, String basis, boolean aggravated, LocalDateTime at, String user)
      throws SQLException {
        c.state = "PENALISED";
        c.aggravated |= aggravated;
        c.penalty = new Object[] {amount, basis, null, aggravated, at, user};
        c.version++;
        step(c, "PENALTY_DECIDED", at, user, "amount=" + amount + ";aggravated=" + aggravated, null);
    }

    void dailyPenalty(Case c, BigDecimal perDay, LocalDate starts, String note, LocalDateTime at, String user)
      throws SQLException {
        c.state = "DAILY_PENALTY";
        c.daily = new Object[] {perDay, Texts.DAILY_BASIS, note, starts, null, at, user};
        c.version++;
        step(c, "DAILY_PENALTY_STARTED", at, user, "amountPerDay=" + perDay + ";startsOn=" + starts, note);
    }

    void rectified(Case c, LocalDate day, LocalDateTime at, String user) throws SQLException {
        String summary = "date=" + day;
        if ("DAILY_PENALTY".equals(c.state)) {
            c.daily[4] = day;
            LocalDate starts = (LocalDate) c.daily[3];
            long days = day.isBefore(starts) ? 0 : ChronoUnit.DAYS.between(starts, day) + 1;
            summary += ";accruedDays=" + days + ";accrued=" + ((BigDecimal) c.daily[0]).multiply(BigDecimal.valueOf(days));
        }
        c.state = "RECTIFIED";
        c.rectification = new Object[] {day, "已整改完毕", at, user};
        c.closedAt = at;
        c.version++;
        step(c, "RECTIFIED", at, user, summary, "已整改完毕");
    }

    void finish(Case c) throws SQLException {
        Ent e = c.enterprise;
        Object[] r = c.reinspection;
        Object[] p = c.penalty;
        Object[] d = c.daily;
        Object[] f = c.rectification;
        cases.add(c.id, e.id(), e.name(), e.department(), e.secondDepartment(), e.village(), c.acting, c.inspectionId,
          c.kind, c.description, c.state, c.deadline, c.opened, c.openedAt, c.openedBy, c.aggravated, c.repeatOf,
          r[0], r[1], r[2], r[3], r[4], p[0], p[1], p[2], p[3], p[4], p[5], d[0], d[1], d[2], d[3], d[4], d[5], d[6],
          f[0], f[1], f[2], f[3], c.closedAt, c.version);
    }

    private void step(Case c, String action, LocalDateTime at, String user, String summary, String note)
      throws SQLException {
        steps.add(stepId++, c.id, action, c.state, at, user, summary, note);
    }
}

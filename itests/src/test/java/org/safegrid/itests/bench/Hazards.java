package org.safegrid.itests.bench;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes hazards with the life they have had by now. Each one is played forward from its report: five fixes for a
 * major one, rectification, a submission with evidence (sometimes rejected once), verification by someone else than the
 * reporter; each step takes a while, some hazards stall at a step for good, and the state is wherever the hazard got
 * to before today. Hazards past their deadline carry the overdue job's mark (so that the job finds nothing old to
 * publish when SafeGrid starts). Ids come from the module's sequences, 50 at a time.
 */
final class Hazards {

    enum State {
        REPORTED, RECTIFYING, AWAITING_VERIFICATION, CLOSED
    }

    private record Event(LocalDateTime at, String user, String action, String from, String to, String note,
      String evidence) {
    }

    private final Volume volume;
    private final Random random;
    private final IdBlocks hazardIds;
    private final IdBlocks timelineIds;
    private final Batch hazard;
    private final Batch timeline;
    private final Map<State, Integer> byState = new EnumMap<>(State.class);
    private final Alerts alerts;
    private int overdue;
    private int major;

    /** {@code alerts}: where the inbox alerts these hazards raise go, or null without the inbox. */
    Hazards(Volume volume, Db db, Sink sink, Alerts alerts) throws SQLException {
        this.volume = volume;
        this.alerts = alerts;
        this.random = new Random(volume.seed() ^ 0x48415aL);
        this.hazardIds = new IdBlocks(db, "SG_HAZ_HAZARD_SEQ", 50);
        this.timelineIds = new IdBlocks(db, "SG_HAZ_TIMELINE_SEQ", 50);
        this.hazard = sink.insert("SG_HAZ_HAZARD", "ID", "ENTERPRISE_ID", "ENTERPRISE_NAME", "DEPARTMENT",
          "SECOND_DEPARTMENT", "VILLAGE", "SOURCE", "SOURCE_REF", "DESCRIPTION", "HAZARD_LEVEL", "STATE", "DEADLINE",
          "FIX_RESPONSIBLE", "FIX_MEASURES", "FIX_FUNDS", "FIX_DEADLINE", "FIX_CONTINGENCY", "REPORTED_BY",
          "REPORTED_AT", "VERIFIED_BY", "VERIFIED_AT", "CLOSED_AT", "OVERDUE_NOTIFIED", "VERSION");
        this.timeline = sink.insert("SG_HAZ_TIMELINE", "ID", "HAZARD_ID", "CHANGED_AT", "USER_NAME", "ACTION_CODE",
          "FROM_STATE", "TO_STATE", "NOTE", "EVIDENCE");
    }

    /** The id the next reported hazard will get (so that a failed answer can name it before it is written). */
    long nextId() throws SQLException {
        return hazardIds.next();
    }

    void write(long id, HazardSpec spec) throws SQLException {
        Ent e = spec.enterprise();
        LocalDateTime now = volume.nowUtc();
        List<Event> events = new ArrayList<>();
        State state = State.REPORTED;
        events.add(new Event(spec.reportedAt(), spec.reporter(), "REPORT", null, "REPORTED", null, null));
        LocalDate deadline = spec.deadline();
        boolean isMajor = "MAJOR".equals(spec.level());
        String[] fixes = null;
        LocalDate fixDeadline = null;
        BigDecimal funds = null;
        LocalDateTime t = spec.reportedAt();
        String worker = staff(e, null);
        String verifier = staff(e, spec.reporter());
        LocalDateTime verifiedAt = null;
        boolean stalled = false;
        if (isMajor) {
            t = t.plusMinutes(30 + random.nextInt(72 * 60));
            if (random.nextInt(100) < 85 && t.isBefore(now)) {
                fixDeadline = date(spec.reportedAt()).plusDays(15 + random.nextInt(76));
                fixes = new String[] {Names.person(random), Names.pick(random, Texts.MEASURES),
                    Names.pick(random, Texts.CONTINGENCY)};
                funds = BigDecimal.valueOf(20 + random.nextInt(5000)).multiply(BigDecimal.valueOf(100))
                  .setScale(2);
                deadline = fixDeadline;
                events.add(new Event(t, worker, "RECORD_FIXES", "REPORTED", "REPORTED", null, null));
            } else {
                stalled = true;
            }
        }
        if (!stalled && random.nextInt(100) >= 4) {
            t = t.plusMinutes(30 + random.nextInt(72 * 60));
            if (t.isBefore(now)) {
                state = State.RECTIFYING;
                events.add(new Event(t, worker, "RECTIFY", "REPORTED", "RECTIFYING", null, null));
                int rounds = random.nextInt(10) == 0 ? 2 : 1;
                for (int round = 0; round < rounds && state == State.RECTIFYING && random.nextInt(100) >= 5; round++) {
                    t = submitTime(t, deadline);
                    if (!t.isBefore(now)) {
                        break;
                    }
                    state = State.AWAITING_VERIFICATION;
                    events.add(new Event(t, worker, "SUBMIT", "RECTIFYING", "AWAITING_VERIFICATION", null,
                      Names.pick(random, Texts.EVIDENCE)));
                    if (random.nextInt(100) < 3) {
                        break;
                    }
                    t = t.plusMinutes(60 + random.nextInt(96 * 60));
                    if (!t.isBefore(now)) {
                        break;
                    }
                    if (round + 1 < rounds) {
                        state = State.RECTIFYING;
                        events.add(new Event(t, verifier, "REJECT", "AWAITING_VERIFICATION", "RECTIFYING",
                          Names.pick(random, Texts.REJECT_NOTES), null));
                    } else {
                        state = State.CLOSED;
                        verifiedAt = t;
                        events.add(new Event(t, verifier, "ACCEPT", "AWAITING_VERIFICATION", "CLOSED", null, null));
                    }
                }
            }
        }
        boolean notified = markOverdue(events, deadline, state == State.CLOSED ? verifiedAt : null, now);
        if (state != State.CLOSED && deadline != null && deadline.isBefore(volume.today())) {
            overdue++;
        }
        if (isMajor) {
            major++;
        }
        byState.merge(state, 1, Integer::sum);
        int version = (int) events.stream().filter(ev -> !ev.action().equals("MARK_OVERDUE")).count();
        hazard.add(id, e.id(), e.name(), e.department(), e.secondDepartment(), e.village(), spec.source(),
          spec.sourceRef(), cut(spec.description(), 1000), spec.level(), state.name(), deadline,
          fixes == null ? null : fixes[0], fixes == null ? null : fixes[1], funds, fixDeadline,
          fixes == null ? null : fixes[2], spec.reporter(), spec.reportedAt(), verifiedAt == null ? null : verifier,
          verifiedAt, verifiedAt, notified, (long) version);
        for (Event ev : events) {
            timeline.add(timelineIds.next(), id, ev.at(), ev.user(), ev.action(), ev.from(), ev.to(), ev.note(),
              ev.evidence());
            if (alerts != null && ev.action().equals("MARK_OVERDUE")) {
                alerts.overdue(id, e, deadline, ev.at().plusSeconds(1));
            } else if (alerts != null && isMajor && ev.action().equals("REPORT")) {
                alerts.majorHazard(id, e, ev.at().plusSeconds(1));
            }
        }
    }

    /** When the rectification is handed in: mostly a little before the deadline, sometimes late. */
    private LocalDateTime submitTime(LocalDateTime after, LocalDate deadline) {
        LocalDateTime earliest = after.plusHours(4 + random.nextInt(48));
        if (deadline == null) {
            return earliest.plusDays(random.nextInt(20));
        }
        LocalDate day = random.nextInt(100) < 80 ? deadline.minusDays(random.nextInt(4))
          : deadline.plusDays(1 + random.nextInt(30));
        LocalDateTime at = Volume.utc(day.atTime(9 + random.nextInt(9), random.nextInt(60)));
        return at.isAfter(earliest) ? at : earliest;
    }

    /** Adds the overdue job's entry if the hazard was still open the night after its deadline; answers whether. */
    private boolean markOverdue(List<Event> events, LocalDate deadline, LocalDateTime closedAt, LocalDateTime now) {
        if (deadline == null) {
            return false;
        }
        LocalDateTime mark = Volume.utc(deadline.plusDays(1).atTime(0, 30 + random.nextInt(29)));
        if (!mark.isBefore(now) || (closedAt != null && closedAt.isBefore(mark))) {
            return false;
        }
        int at = 0;
        while (at < events.size() && events.get(at).at().isBefore(mark)) {
            at++;
        }
        String state = events.get(at - 1).to();
        events.add(at, new Event(mark, "system", "MARK_OVERDUE", state, state, null, null));
        return true;
    }

    /** A member of the enterprise's first department other than {@code not}. */
    private String staff(Ent e, String not) {
        for (;;) {
            String user = Names.staffUser(e.department(), random.nextInt(6));
            if (!user.equals(not)) {
                return user;
            }
        }
    }

    private static LocalDate date(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(Volume.TOWN).toLocalDate();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    String summary() {
        return String.format("%s, %,d major, %,d overdue", byState, major, overdue);
    }

    int count() {
        return byState.values().stream().mapToInt(Integer::intValue).sum();
    }
}

package org.safegrid.itests.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Inspections spread over the history, more often at higher-risk enterprises, each with the self-inspection
 * compliance of the 30 days up to its day as the enforcement bundle stores it (worked out from the {@link Plan}: a
 * period ended before the day is owed, the running one counts once submitted).
 */
final class Inspections {

    private static final String[] KINDS = {"ROUTINE", "UNANNOUNCED", "EXPERT", "JOINT"};
    private static final int[] KIND_WEIGHTS = {65, 20, 8, 7};

    private final Volume volume;
    private final Random random;

    Inspections(Volume volume) {
        this.volume = volume;
        this.random = new Random(volume.seed() ^ 0x494e53L);
    }

    List<Insp> write(Db db, Sink sink, List<Ent> enterprises, Plan plan) throws SQLException {
        Map<Long, List<Plan.Pair>> pairs = new HashMap<>();
        for (Plan.Pair p : plan.pairs()) {
            pairs.computeIfAbsent(p.enterprise().id(), k -> new ArrayList<>()).add(p);
        }
        Batch insert = sink.insert("SG_ENF_INSPECTION", "ID", "ENTERPRISE_ID", "ENTERPRISE_NAME", "DEPARTMENT",
          "SECOND_DEPARTMENT", "VILLAGE", "ACTING_DEPARTMENT", "KIND", "INSPECTED_ON", "INSPECTORS", "FINDINGS",
          "COMPLIANCE_FROM", "COMPLIANCE_TO", "DAILY_OWED", "DAILY_DONE", "WEEKLY_OWED", "WEEKLY_DONE", "MONTHLY_OWED",
          "MONTHLY_DONE", "CREATED_AT", "CREATED_BY");
        long id = db.maxId("SG_ENF_INSPECTION") + 1;
        List<LocalDate> days = Dates.sortedDays(random, volume, volume.inspections());
        List<Insp> result = new ArrayList<>();
        for (LocalDate day : days) {
            Ent e = Dates.activeEnterprise(random, enterprises, day, true);
            String acting = e.secondDepartment() != null && random.nextInt(4) == 0 ? e.secondDepartment()
              : e.department();
            String kind = kind();
            int lead = random.nextInt(6);
            String inspectors = Names.staffName(acting, lead) + "、" + Names.staffName(acting, (lead + 1) % 6);
            if (kind.equals("EXPERT")) {
                inspectors += "、专家" + Names.person(random);
            } else if (kind.equals("JOINT")) {
                inspectors += "、" + Names.staffName(Names.pick(random, Names.DEPARTMENTS), random.nextInt(6));
            }
            int n = 1 + random.nextInt(3);
            StringBuilder findings = new StringBuilder();
            for (int f = 0; f < n; f++) {
                findings.append(f == 0 ? "" : "；").append(Names.pick(random, Texts.FINDINGS));
            }
            int[] c = compliance(pairs.getOrDefault(e.id(), List.of()), day);
            LocalDateTime created = Volume.utc(day.atTime(9 + random.nextInt(9), random.nextInt(60)));
            String user = Names.staffUser(acting, lead);
            insert.add(id, e.id(), e.name(), e.department(), e.secondDepartment(), e.village(), acting, kind, day,
              inspectors, findings.toString(), day.minusDays(29), day, c[0], c[1], c[2], c[3], c[4], c[5], created,
              user);
            result.add(new Insp(id++, e, day, created, user, acting));
        }
        return result;
    }

    /** Owed and done per cadence (daily, weekly, monthly) in the 30 days up to and including the day. */
    static int[] compliance(List<Plan.Pair> pairs, LocalDate day) {
        int[] c = new int[6];
        LocalDate from = day.minusDays(29);
        for (Plan.Pair p : pairs) {
            int slot = switch (p.template().cadence()) {
            case "DAILY" -> 0;
            case "WEEKLY" -> 2;
            default -> 4;
            };
            for (int i = Periods.firstEndingOnOrAfter(p.periods(), from); i < p.periods().size(); i++) {
                Periods.Period period = p.periods().get(i);
                if (period.start().isAfter(day)) {
                    break;
                }
                boolean owed = i >= p.lo() && i <= p.hi();
                boolean done = p.isSubmitted(i);
                if (period.end().isBefore(day) ? owed : done) {
                    c[slot]++;
                    c[slot + 1] += done ? 1 : 0;
                }
            }
        }
        return c;
    }

    private String kind() {
        int x = random.nextInt(100);
        for (int k = 0; k < KINDS.length; k++) {
            x -= KIND_WEIGHTS[k];
            if (x < 0) {
                return KINDS[k];
            }
        }
        return KINDS[0];
    }
}

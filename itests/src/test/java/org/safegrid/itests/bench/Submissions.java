package org.safegrid.itests.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * The planned self-inspections: one submission per planned period, answering every item of the template version of
 * its day; a failed item has a note and the hazard it reported (source {@code SELF_INSPECTION}, {@code sourceRef}
 * {@code submission:<id>:item:<code>}, the item's text and the note as description, the item's severity as level,
 * today + 7 days as deadline unless one was given), exactly as the checklists bundle reports them.
 */
final class Submissions {

    private final Volume volume;
    private final Random random;
    private final double failShare;
    private int failed;
    private long answers;

    /** {@code failShare}: the share of answers that fail, so that about the intended number of hazards come out. */
    Submissions(Volume volume, double failShare) {
        this.volume = volume;
        this.random = new Random(volume.seed() ^ 0x53554bL);
        this.failShare = failShare;
    }

    long write(Db db, Sink sink, Plan plan, Hazards hazards) throws SQLException {
        Batch submission = sink.insert("SG_CHK_SUBMISSION", "ID", "ENTERPRISE_ID", "TEMPLATE_CODE", "TEMPLATE_VERSION",
          "CADENCE", "PERIOD_KEY", "PERIOD_START", "PERIOD_END", "FAILED_ITEMS", "SUBMITTED_AT", "SUBMITTED_BY");
        Batch answer = sink.insert("SG_CHK_ANSWER", "ID", "SUBMISSION_ID", "POSITION", "ITEM_CODE", "RESULT", "NOTE",
          "HAZARD_ID");
        long submissionId = db.maxId("SG_CHK_SUBMISSION") + 1;
        long answerId = db.maxId("SG_CHK_ANSWER") + 1;
        long written = 0;
        for (Plan.Pair pair : plan.pairs()) {
            Ent e = pair.enterprise();
            Tpl t = pair.template();
            for (int i = pair.submitted().nextSetBit(0); i >= 0; i = pair.submitted().nextSetBit(i + 1)) {
                Periods.Period period = pair.periods().get(pair.lo() + i);
                LocalDateTime at = submittedAt(period, e);
                Tpl.Version version = t.versionAt(at);
                String user = Names.staffUser(e.department(), random.nextInt(6));
                List<Tpl.Item> items = version.items();
                String[] results = new String[items.size()];
                int fails = 0;
                for (int k = 0; k < items.size(); k++) {
                    double x = random.nextDouble();
                    results[k] = x < failShare ? "FAIL" : x < failShare + 0.02 ? "NOT_APPLICABLE" : "PASS";
                    fails += results[k].equals("FAIL") ? 1 : 0;
                }
                submission.add(submissionId, e.id(), t.code(), version.version(), t.cadence(), period.key(),
                  period.start(), period.end(), fails, at, user);
                for (int k = 0; k < items.size(); k++) {
                    Tpl.Item item = items.get(k);
                    String note = null;
                    Long hazardId = null;
                    if (results[k].equals("FAIL")) {
                        note = Names.pick(random, Texts.FAIL_NOTES);
                        hazardId = hazards.nextId();
                        hazards.write(hazardId, hazard(e, submissionId, item, note, at, user));
                        failed++;
                    } else if (results[k].equals("NOT_APPLICABLE") && random.nextBoolean()) {
                        note = Names.pick(random, Texts.NA_NOTES);
                    }
                    answer.add(answerId++, submissionId, k, item.code(), results[k], note, hazardId);
                    answers++;
                }
                submissionId++;
                written++;
            }
        }
        return written;
    }

    private HazardSpec hazard(Ent e, long submissionId, Tpl.Item item, String note, LocalDateTime at, String user) {
        boolean major = "MAJOR".equals(item.severity()) ? random.nextInt(10) < 4 : random.nextInt(50) == 0;
        LocalDate day = at.atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(Volume.TOWN).toLocalDate();
        LocalDate deadline = major ? null : day.plusDays(random.nextInt(10) < 7 ? 7 : 3 + random.nextInt(28));
        return new HazardSpec(e, "SELF_INSPECTION", "submission:" + submissionId + ":item:" + item.code(),
          item.text() + "：" + note, major ? "MAJOR" : "GENERAL", at, user, deadline);
    }

    /** A working hour within the period, not before the enterprise was registered and before today. */
    private LocalDateTime submittedAt(Periods.Period period, Ent e) {
        LocalDate first = period.start().isBefore(e.registered()) ? e.registered() : period.start();
        LocalDate last = period.end().isBefore(volume.today()) ? period.end() : volume.today().minusDays(1);
        if (last.isBefore(first)) {
            // registered today: submitted last night, just before the data end
            return volume.nowUtc().minusMinutes(1 + random.nextInt(120));
        }
        LocalDate day = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
        return Volume.utc(day.atTime(8 + random.nextInt(12), random.nextInt(60), random.nextInt(60)));
    }

    int failed() {
        return failed;
    }

    long answers() {
        return answers;
    }
}

package org.safegrid.itests.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * The hazards not found by self-inspection, up to the total asked for: half reported from inspections' findings
 * (source {@code INSPECTION}, linked in {@code SG_ENF_INSPECTION_HAZARD}), a fifth from tip-offs, the rest found on
 * village rounds or otherwise.
 */
final class OtherHazards {

    private final Volume volume;
    private final Random random;

    OtherHazards(Volume volume) {
        this.volume = volume;
        this.random = new Random(volume.seed() ^ 0x4f5448L);
    }

    void write(Sink sink, Hazards hazards, int count, List<Ent> enterprises, List<Insp> inspections)
      throws SQLException {
        Batch link = sink.insert("SG_ENF_INSPECTION_HAZARD", "INSPECTION_ID", "HAZARD_ID", "CREATED_AT", "CREATED_BY");
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            boolean major = random.nextInt(100) < 8;
            String level = major ? "MAJOR" : "GENERAL";
            String description = Names.pick(random, Texts.FINDINGS);
            long id = hazards.nextId();
            if (kind < 5 && !inspections.isEmpty()) {
                Insp insp = inspections.get(random.nextInt(inspections.size()));
                LocalDateTime at = insp.createdAt().plusMinutes(5 + random.nextInt(120));
                hazards.write(id, new HazardSpec(insp.enterprise(), "INSPECTION", "inspection:" + insp.id(),
                  description, level, at, insp.createdBy(), deadline(major, insp.date())));
                link.add(insp.id(), id, at, insp.createdBy());
                continue;
            }
            LocalDate day = volume.firstDay().plusDays(random.nextInt(volume.horizonDays() - 1));
            Ent e = Dates.activeEnterprise(random, enterprises, day, false);
            LocalDateTime at = Volume.utc(day.atTime(8 + random.nextInt(11), random.nextInt(60)));
            if (kind < 7) {
                String code = Long.toString(Math.abs(random.nextLong()) % 2_821_109_907_456L, 36).toUpperCase();
                hazards.write(id, new HazardSpec(e, "TIPOFF", "tipoff:" + code, "群众举报：" + description, level, at,
                  Names.staffUser("emergency", random.nextInt(6)), deadline(major, day)));
            } else {
                String reporter = random.nextBoolean() ? Names.villageUser(e.village(), random.nextInt(3))
                  : Names.staffUser(e.department(), random.nextInt(6));
                hazards.write(id, new HazardSpec(e, "OTHER", null, description, level, at, reporter,
                  deadline(major, day)));
            }
        }
    }

    private LocalDate deadline(boolean major, LocalDate day) {
        return major && random.nextBoolean() ? null : day.plusDays(3 + random.nextInt(28));
    }
}

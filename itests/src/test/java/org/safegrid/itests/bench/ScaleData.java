package org.safegrid.itests.bench;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The data generator: fills a SafeGrid database with a town's worth of history at the volume the system is designed
 * for (10,000 enterprises, 1,000,000 checklist submissions, 100,000 hazards, thousands of inspections and enforcement
 * cases) so that benchmarks can measure the lists and boards at that size.
 *
 * <p>The database must have been created by SafeGrid (start it once, then stop it: the change logs create the tables
 * and the emergency module contributes its templates) and hold no enterprises yet. For embedded Derby give the
 * directory of the stopped instance; for PostgreSQL the server's URL, user and password:
 *
 * <pre>
 * ScaleData jdbc:derby:/opt/safegrid/data/derby/safegrid [--scale 0.1] [--seed 4242] [--today 2026-11-29]
 * ScaleData jdbc:postgresql://db:5432/safegrid --user safegrid --password secret
 * </pre>
 *
 * The same seed and the same {@code --today} (default: today in Asia/Shanghai) give the same data.
 */
public final class ScaleData {

    /** Identity columns the generator inserts ids into; each is moved past the largest id afterwards. */
    static final List<String> IDENTITY_TABLES = List.of("SG_PLT_PERSON", "SG_PLT_HISTORY", "SG_CHK_TEMPLATE",
      "SG_CHK_ITEM", "SG_CHK_SUBMISSION", "SG_CHK_ANSWER", "SG_ENF_INSPECTION", "SG_ENF_CASE", "SG_ENF_STEP",
      "SG_ENF_REPEAT", "SG_INB_ALERT", "SG_INB_ALERT_ROLE");

    static final List<String> TABLES = List.of("SG_ENT_VILLAGE", "SG_ENT_ENTERPRISE", "SG_ENT_CONTACT", "SG_PLT_PLATE",
      "SG_PLT_PERSON", "SG_PLT_HISTORY", "SG_CHK_TEMPLATE", "SG_CHK_ITEM", "SG_CHK_SUBMISSION", "SG_CHK_ANSWER",
      "SG_HAZ_HAZARD", "SG_HAZ_TIMELINE", "SG_ENF_INSPECTION", "SG_ENF_INSPECTION_HAZARD", "SG_ENF_CASE",
      "SG_ENF_STEP", "SG_ENF_REPEAT", "SG_INB_ALERT", "SG_INB_ALERT_ROLE");

    private ScaleData() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: ScaleData <jdbc-url> [--user U --password P] [--scale F] [--seed N]"
              + " [--today YYYY-MM-DD]");
            System.exit(2);
        }
        Map<String, String> options = Options.parse(args, 1);
        LocalDate today = options.containsKey("today") ? LocalDate.parse(options.get("today"))
          : LocalDate.now(Volume.TOWN);
        Volume volume = Volume.standard(today, Long.parseLong(options.getOrDefault("seed", "4242")))
          .scaled(Double.parseDouble(options.getOrDefault("scale", "1")));
        generate(args[0], options.get("user"), options.get("password"), volume, System.out);
    }

    /** Generates the volume into the database; answers the rows written per table. */
    public static Map<String, Long> generate(String url, String user, String password, Volume volume,
      PrintStream out) throws SQLException {
        Progress progress = new Progress(out);
        progress.print("generating into %s as of %s, seed %d: %,d enterprises, %,d submissions, %,d hazards", url,
          volume.today(), volume.seed(), volume.enterprises(), volume.submissions(), volume.hazards());
        try (Db db = Db.open(url, user, password)) {
            check(db);
            List<Villages.Village> villages;
            List<Ent> enterprises;
            progress.begin("villages, enterprises and contacts");
            try (Sink sink = new Sink(db, progress)) {
                villages = Villages.write(db, sink, volume.villages());
                enterprises = new Enterprises(volume, villages).write(db, sink);
            }
            progress.end(String.format("%,d villages, %,d enterprises", villages.size(), enterprises.size()));

            progress.begin("plates");
            int plates;
            try (Sink sink = new Sink(db, progress)) {
                plates = new Plates(volume).write(db, sink, enterprises);
            }
            progress.end(String.format("%,d plates", plates));

            progress.begin("templates");
            List<Tpl> templates = new Templates(volume).write(db, progress);
            progress.end(String.format("%d active templates", templates.size()));

            Plan plan = Plan.make(volume, enterprises, templates,
              new Periods(volume.firstDay(), volume.today(), new WorkCalendar()));
            progress.print("plan: %,d (enterprise, template) pairs owe %,d periods; %,d submitted (%.1f %%)",
              plan.pairs().size(), plan.owed(), plan.submissions(), 100.0 * plan.submissions() / plan.owed());

            progress.begin("inspections");
            List<Insp> inspections;
            try (Sink sink = new Sink(db, progress)) {
                inspections = new Inspections(volume).write(db, sink, enterprises, plan);
            }
            progress.end(String.format("%,d inspections", inspections.size()));

            Hazards hazards;
            Alerts alerts;
            try (Sink sink = new Sink(db, progress)) {
                alerts = Alerts.ifPresent(db, sink);
                hazards = new Hazards(volume, db, sink, alerts);
                progress.begin("submissions, answers and the hazards of failed items");
                double failShare = 0.6 * volume.hazards() / Math.max(1, plan.answers());
                Submissions submissions = new Submissions(volume, failShare);
                long written = submissions.write(db, sink, plan, hazards);
                progress.end(String.format("%,d submissions, %,d answers, %,d failed", written, submissions.answers(),
                  submissions.failed()));
                progress.begin("hazards from inspections, tip-offs and rounds");
                new OtherHazards(volume).write(sink, hazards, Math.max(0, volume.hazards() - submissions.failed()),
                  enterprises, inspections);
            }
            progress.end(String.format("%,d hazards: %s%s", hazards.count(), hazards.summary(),
              alerts == null ? "; no inbox tables, no alerts" : String.format("; %,d inbox alerts", alerts.count())));

            progress.begin("enforcement cases");
            Cases cases = new Cases(volume);
            try (Sink sink = new Sink(db, progress)) {
                cases.write(db, sink, enterprises, inspections);
            }
            progress.end(cases.summary());

            progress.begin("identity columns and optimiser statistics");
            Map<String, Long> counts = finish(db);
            progress.end(counts.toString());
            progress.print("done: %,d rows in %.0f s (%,.0f rows/s)", progress.totalRows(), progress.seconds(),
              progress.totalRows() / progress.seconds());
            return counts;
        }
    }

    private static void check(Db db) throws SQLException {
        for (String table : List.of("SG_ENT_ENTERPRISE", "SG_CHK_SUBMISSION", "SG_HAZ_HAZARD", "SG_ENF_CASE",
          "SG_PLT_PLATE")) {
            if (!db.hasTable(table)) {
                throw new IllegalStateException("no table " + table + ": start this SafeGrid once (with all its"
                  + " shared modules) so that its change logs create the schema, stop it, then generate");
            }
        }
        if (db.count("SG_ENT_ENTERPRISE") > 0) {
            throw new IllegalStateException("the database already holds enterprises: generate into a fresh one");
        }
    }

    /** Moves identity columns past the inserted ids and brings the statistics up to date; the rows per table. */
    private static Map<String, Long> finish(Db db) throws SQLException {
        for (String table : IDENTITY_TABLES) {
            if (db.hasTable(table)) {
                db.restartIdentity(table, db.maxId(table) + 1);
            }
        }
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String table : TABLES) {
            if (db.hasTable(table)) {
                db.updateStatistics(table);
                counts.put(table, db.count(table));
            }
        }
        return counts;
    }
}

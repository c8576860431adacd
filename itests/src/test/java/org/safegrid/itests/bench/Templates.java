package org.safegrid.itests.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checklist templates: the custom ones of {@link CustomTemplates} are stored (one of them in two versions, so that
 * old submissions keep the first), the contributed ones are dated back to before the history starts (a town that has
 * run SafeGrid for 400 days has had them all along), and all are read back for the submissions.
 */
final class Templates {

    /** The custom template that was edited: a second version with one more item, some months ago. */
    static final String EDITED = "economic-factory-daily";

    private final Volume volume;

    Templates(Volume volume) {
        this.volume = volume;
    }

    List<Tpl> write(Db db, Progress progress) throws SQLException {
        LocalDateTime created = Volume.utc(volume.firstDay().minusDays(30).atTime(9, 30));
        try (Sink sink = new Sink(db, progress)) {
            writeCustom(db, sink, created);
        }
        backdateContributed(db, created);
        List<Tpl> all = read(db);
        if (all.stream().noneMatch(t -> t.code().startsWith("emergency-fuel"))) {
            throw new IllegalStateException("the emergency department's templates are missing: start SafeGrid once"
              + " with the emergency module before generating");
        }
        return all.stream().filter(Tpl::active).toList();
    }

    private void writeCustom(Db db, Sink sink, LocalDateTime created) throws SQLException {
        Batch template = sink.insert("SG_CHK_TEMPLATE", "ID", "CODE", "VERSION", "NAME", "NAME_EN", "CADENCE",
          "SECTORS", "FLAGS", "DEPARTMENT", "SOURCE", "ACTIVE", "CREATED_AT", "CREATED_BY");
        Batch item = sink.insert("SG_CHK_ITEM", "ID", "TEMPLATE_ID", "POSITION", "CODE", "TEXT", "TEXT_EN", "CATEGORY",
          "LEGAL_BASIS", "SEVERITY_HINT");
        long templateId = db.maxId("SG_CHK_TEMPLATE") + 1;
        long itemId = db.maxId("SG_CHK_ITEM") + 1;
        for (CustomTemplates.Definition d : CustomTemplates.ALL) {
            if (db.single("SELECT COUNT(*) FROM SG_CHK_TEMPLATE WHERE CODE = '" + d.code() + "'") > 0) {
                continue;
            }
            List<String[]> items = new ArrayList<>(d.items());
            int versions = d.code().equals(EDITED) ? 2 : 1;
            for (int v = 1; v <= versions; v++) {
                LocalDateTime at = v == 1 ? created : Volume.utc(volume.today().minusDays(120).atTime(15, 0));
                if (v == 2) {
                    items.add(new String[] {"fire-drill", "本月已组织消防演练", "A fire drill was held this month",
                      "MANAGEMENT", "《消防法》第十六条", "GENERAL"});
                }
                template.add(templateId, d.code(), v, d.name(), d.nameEn(), d.cadence(), join(d.sectors()),
                  join(d.flags()), d.department(), "custom", true, at, "admin");
                int position = 0;
                for (String[] i : items) {
                    item.add(itemId++, templateId, position++, i[0], i[1], i[2], i[3], i[4], i[5]);
                }
                templateId++;
            }
        }
    }

    /** The first version of each contributed template as if stored before the history began. */
    private static void backdateContributed(Db db, LocalDateTime created) throws SQLException {
        List<Long> firstVersions = new ArrayList<>();
        try (Statement s = db.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT ID, CODE FROM SG_CHK_TEMPLATE WHERE SOURCE = 'contributed'"
            + " ORDER BY CODE, VERSION")) {
            String code = null;
            while (rs.next()) {
                if (!rs.getString(2).equals(code)) {
                    firstVersions.add(rs.getLong(1));
                    code = rs.getString(2);
                }
            }
        }
        for (long id : firstVersions) {
            db.update("UPDATE SG_CHK_TEMPLATE SET CREATED_AT = ? WHERE ID = ? AND CREATED_AT > ?", created, id,
              created);
        }
        db.commit();
    }

    private static String join(List<String> codes) {
        return codes.isEmpty() ? null : String.join(",", new TreeSet<>(codes));
    }

    static List<Tpl> read(Db db) throws SQLException {
        Map<Long, List<Tpl.Item>> items = new HashMap<>();
        try (Statement s = db.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT TEMPLATE_ID, CODE, TEXT, SEVERITY_HINT FROM SG_CHK_ITEM"
            + " ORDER BY TEMPLATE_ID, POSITION")) {
            while (rs.next()) {
                items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new Tpl.Item(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        try (Statement s = db.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT ID, CODE, VERSION, CADENCE, SECTORS, FLAGS, DEPARTMENT, ACTIVE,"
            + " CREATED_AT FROM SG_CHK_TEMPLATE ORDER BY CODE, VERSION")) {
            while (rs.next()) {
                rows.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                  .add(new Object[] {rs.getLong(1), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                      rs.getString(7), rs.getBoolean(8), rs.getTimestamp(9).toLocalDateTime()});
            }
        }
        List<Tpl> result = new ArrayList<>();
        for (var e : rows.entrySet()) {
            List<Tpl.Version> versions = new ArrayList<>();
            for (Object[] r : e.getValue()) {
                versions.add(new Tpl.Version((Integer) r[1], (LocalDateTime) r[7], items.getOrDefault((Long) r[0],
                  List.of())));
            }
            Object[] latest = e.getValue().get(e.getValue().size() - 1);
            result.add(new Tpl(e.getKey(), (String) latest[2], split((String) latest[3]), split((String) latest[4]),
              (String) latest[5], (Boolean) latest[6], versions));
        }
        return result;
    }

    private static Set<String> split(String column) {
        Set<String> result = new TreeSet<>();
        if (column != null) {
            for (String s : column.split(",")) {
                if (!s.isBlank()) {
                    result.add(s.strip());
                }
            }
        }
        return result;
    }
}

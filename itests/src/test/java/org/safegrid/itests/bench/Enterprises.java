package org.safegrid.itests.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.safegrid.enterprises.api.CreditCode;

/**
 * The registry's enterprises across the six departments and the seeded sectors, with valid credit codes, flags, risk
 * levels and contacts. Ids come from {@code SG_ENT_ENTERPRISE_SEQ} in blocks of 500, as the registry takes them.
 */
final class Enterprises {

    private record Sector(String code, String department, double weight) {
    }

    private final Random random;
    private final Volume volume;
    private final List<Villages.Village> villages;
    private final Set<String> names = new HashSet<>();

    Enterprises(Volume volume, List<Villages.Village> villages) {
        this.volume = volume;
        this.villages = villages;
        this.random = new Random(volume.seed() ^ 0x454e54L);
    }

    List<Ent> write(Db db, Sink sink) throws SQLException {
        List<Sector> sectors = sectors(db);
        double total = sectors.stream().mapToDouble(Sector::weight).sum();
        IdBlocks ids = new IdBlocks(db, "SG_ENT_ENTERPRISE_SEQ", 500);
        Batch enterprise = sink.insert("SG_ENT_ENTERPRISE", "ID", "CREDIT_CODE", "NAME", "NAME_LOWER", "ADDRESS",
          "VILLAGE", "SECTOR", "DEPARTMENT", "SECOND_DEPARTMENT", "STAFF_COUNT", "STATUS", "RISK_LEVEL", "RISK_RANK",
          "ABOVE_SCALE", "MAJOR_HAZARD_SOURCE", "HIGH_FIRE_RISK", "SPECIAL_EQUIPMENT", "VERSION", "CREATED_BY",
          "CREATED_AT", "UPDATED_BY", "UPDATED_AT");
        Batch contact = sink.insert("SG_ENT_CONTACT", "ENTERPRISE_ID", "POSITION_NO", "NAME", "POSITION", "PHONE");
        List<Ent> result = new ArrayList<>(volume.enterprises());
        for (int i = 0; i < volume.enterprises(); i++) {
            Sector sector = pick(sectors, total);
            Ent e = enterprise(ids.next(), sector);
            String creator = Names.staffUser(e.department(), random.nextInt(6));
            var created = Volume.utc(e.registered().atTime(9 + random.nextInt(8), random.nextInt(60)));
            var updated = e.stopped() == null ? created : Volume.utc(e.stopped().atTime(10, 0));
            enterprise.add(e.id(), creditCode(i), e.name(), e.name().toLowerCase(Locale.ROOT), address(e),
              e.village(), e.sector(), e.department(), e.secondDepartment(), staff(), e.status(), e.risk(),
              rank(e.risk()), e.flags().contains("ABOVE_SCALE"), e.flags().contains("MAJOR_HAZARD_SOURCE"),
              e.flags().contains("HIGH_FIRE_RISK"), e.flags().contains("SPECIAL_EQUIPMENT"),
              e.stopped() == null ? 1L : 2L, creator, created, creator, updated);
            int contacts = random.nextInt(5) == 0 ? 2 : 1;
            for (int c = 0; c < contacts; c++) {
                contact.add(e.id(), c, Names.person(random), Names.pick(random, new String[] {"负责人", "安全员", "经理",
                  "站长", "厂长"}), Names.mobile(random));
            }
            result.add(e);
        }
        return result;
    }

    private Ent enterprise(long id, Sector sector) {
        SectorProfiles.Profile profile = SectorProfiles.of(sector.code());
        String village = villages.get(random.nextInt(villages.size())).code();
        String second = null;
        if (random.nextInt(10) == 0) {
            List<String> others = new ArrayList<>(Names.DEPARTMENTS);
            others.remove(sector.department());
            second = profile.highRisk() && !"emergency".equals(sector.department()) ? "emergency"
              : Names.pick(random, others);
        }
        LocalDate registered = random.nextInt(5) > 0 ? volume.firstDay().minusDays(20 + random.nextInt(800))
          : volume.firstDay().plusDays(random.nextInt(volume.horizonDays()));
        int s = random.nextInt(100);
        String status = s < 90 ? "OPERATING" : s < 96 ? "SUSPENDED" : "CLOSED";
        LocalDate stopped = null;
        if (!"OPERATING".equals(status)) {
            stopped = volume.today().minusDays(10 + random.nextInt(300));
            if (!stopped.isAfter(registered.plusDays(30))) {
                stopped = registered.plusDays(30);
            }
            if (!stopped.isBefore(volume.today())) {
                stopped = volume.today().minusDays(1);
            }
        }
        double d = random.nextDouble();
        double diligence = d < 0.6 ? 0.85 + random.nextDouble() * 0.15
          : d < 0.9 ? 0.5 + random.nextDouble() * 0.35 : 0.1 + random.nextDouble() * 0.4;
        return new Ent(id, name(profile), sector.department(), second, village, sector.code(), status,
          risk(profile.highRisk()), flags(sector.code(), profile.highRisk()), registered, stopped, diligence);
    }

    private String name(SectorProfiles.Profile profile) {
        for (int attempt = 0; ; attempt++) {
            String name = "重庆" + Names.tradeName(random) + Names.pick(random, profile.suffixes());
            if (attempt > 20) {
                name = name + "（" + (attempt - 19) + "）";
            }
            if (names.add(name)) {
                return name;
            }
        }
    }

    private String risk(boolean highRisk) {
        int r = random.nextInt(100);
        if (highRisk) {
            return r < 12 ? "RED" : r < 42 ? "ORANGE" : r < 82 ? "YELLOW" : "BLUE";
        }
        return r < 2 ? "RED" : r < 12 ? "ORANGE" : r < 50 ? "YELLOW" : "BLUE";
    }

    private Set<String> flags(String sector, boolean highRisk) {
        Set<String> flags = new TreeSet<>();
        boolean factory = sector.equals("factory") || sector.equals("industry-trade");
        if (factory && random.nextInt(10) < 3) {
            flags.add("ABOVE_SCALE");
        }
        if ((sector.equals("hazardous-chemicals") && random.nextInt(10) < 3)
          || (sector.equals("gas-company") && random.nextInt(10) < 2) || random.nextInt(100) == 0) {
            flags.add("MAJOR_HAZARD_SOURCE");
        }
        if ((highRisk && random.nextInt(2) == 0) || (sector.equals("catering") && random.nextInt(10) == 0)
          || random.nextInt(33) == 0) {
            flags.add("HIGH_FIRE_RISK");
        }
        if ((factory || sector.equals("construction-site")) && random.nextInt(4) == 0 || random.nextInt(20) == 0) {
            flags.add("SPECIAL_EQUIPMENT");
        }
        return flags;
    }

    private int staff() {
        int s = random.nextInt(100);
        return s < 70 ? 2 + random.nextInt(28) : s < 95 ? 30 + random.nextInt(270) : 300 + random.nextInt(1200);
    }

    private String address(Ent e) {
        String village = villages.stream().filter(v -> v.code().equals(e.village())).findFirst().orElseThrow().name();
        return "重庆市九龙坡区白市驿镇" + village + (1 + random.nextInt(300)) + "号";
    }

    /** A valid unified social credit code, different for each enterprise of a run: 91 500106 MA... + check. */
    private String creditCode(int i) {
        StringBuilder serial = new StringBuilder();
        long n = volume.seed() % 1000 * 1_000_000L + i;
        for (int k = 0; k < 7; k++) {
            serial.append(CreditCode.ALPHABET.charAt((int) (n % 31)));
            n /= 31;
        }
        String first17 = "91500106MA" + serial.reverse();
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static int rank(String risk) {
        return switch (risk) {
        case "RED" -> 4;
        case "ORANGE" -> 3;
        case "YELLOW" -> 2;
        default -> 1;
        };
    }

    private Sector pick(List<Sector> sectors, double total) {
        double x = random.nextDouble() * total;
        for (Sector s : sectors) {
            x -= s.weight();
            if (x < 0) {
                return s;
            }
        }
        return sectors.get(sectors.size() - 1);
    }

    private static List<Sector> sectors(Db db) throws SQLException {
        List<Sector> result = new ArrayList<>();
        try (Statement s = db.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT CODE, DEPARTMENT FROM SG_ENT_SECTOR WHERE ACTIVE = TRUE"
            + " AND DEPARTMENT IS NOT NULL ORDER BY CODE")) {
            while (rs.next()) {
                result.add(new Sector(rs.getString(1), rs.getString(2), SectorProfiles.of(rs.getString(1)).weight()));
            }
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("no sectors: is this a SafeGrid database that has been started once?");
        }
        return result;
    }
}

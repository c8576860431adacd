package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * The same distribution on a PostgreSQL server, changed by its datasource configuration file alone. Needs a server and
 * an empty database named by SAFEGRID_IT_POSTGRES_URL, _USER and _PASSWORD (scripts/test-all.sh prepares them).
 */
class PostgresIT {

    @Test
    void runsOnAPostgresqlServerByConfigurationAloneAndKeepsDataOverARestart() throws Exception {
        String url = System.getenv("SAFEGRID_IT_POSTGRES_URL");
        boolean given = url != null && !url.isBlank();
        // CI always has one (.ci/run prepares it); elsewhere the test is skipped without one
        assertFalse("true".equals(System.getenv("CI")) && !given, "CI must provide SAFEGRID_IT_POSTGRES_URL");
        assumeTrue(given, "no PostgreSQL server given (SAFEGRID_IT_POSTGRES_URL)");
        Karaf karaf = Karaf.fresh("postgres");
        Files.writeString(karaf.home().resolve("etc/org.ops4j.datasource-safegrid.cfg"),
          String.join("\n", "osgi.jdbc.driver.name = PostgreSQL JDBC Driver", "url = " + url,
            "user = " + System.getenv("SAFEGRID_IT_POSTGRES_USER"),
            "password = " + System.getenv("SAFEGRID_IT_POSTGRES_PASSWORD"), "dataSourceName = safegrid",
            "pool = dbcp2", "xa = true", ""));
        try (karaf) {
            karaf.start();
            Http admin = karaf.http().admin();
            Http.Response created = admin.post("/api/dept/emergency/log", DutyLog.entry("PostgreSQL 上的值班日志"));
            assertEquals(201, created.status(), created.body());
            long id = created.json().path("id").asLong();

            karaf.stop();
            karaf.start();
            Http.Response read = karaf.http().admin().get("/api/dept/emergency/log/" + id);
            assertEquals(200, read.status(), read.body());
            assertEquals("PostgreSQL 上的值班日志", read.json().path("summary").asText());
            assertFalse(Files.exists(karaf.home().resolve("data/derby")), "nothing may have gone to Derby");
        }
    }
}

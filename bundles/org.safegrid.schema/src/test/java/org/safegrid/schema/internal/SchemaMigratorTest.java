package org.safegrid.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

    private EmbeddedDataSource dataSource;
    private SchemaMigrator migrator;

    @BeforeEach
    void database(org.junit.jupiter.api.TestInfo info) {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + info.getTestMethod().orElseThrow().getName());
        dataSource.setCreateDatabase("create");
        migrator = new SchemaMigrator(dataSource);
    }

    @Test
    void appliesChangeSetsOnceAndReportsThemInOrder() throws Exception {
        List<String> first = migrator.migrate("db/good.xml", getClass().getClassLoader());
        List<String> second = migrator.migrate("db/good.xml", getClass().getClassLoader());

        assertEquals(List.of("test-1", "test-2"), first);
        assertEquals(first, second);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO SG_TEST_ITEM (ID, NAME, NOTE) VALUES (1, 'a', 'b')");
            try (ResultSet rs = s.executeQuery("SELECT NOTE FROM SG_TEST_ITEM")) {
                assertTrue(rs.next());
                assertEquals("b", rs.getString(1));
            }
        }
    }

    @Test
    void anUpgradedBundleWithMoreChangeSetsUnderTheSamePathGetsThemApplied() throws Exception {
        migrator.migrate("db/good.xml", getClass().getClassLoader());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO SG_TEST_ITEM (ID, NAME, NOTE) VALUES (7, 'kept', 'row')");
        }
        // the next release of the same bundle: same change log path, one more change set
        ClassLoader original = serving("db/good.xml");
        ClassLoader upgraded = serving("db/good-v2.xml");
        assertEquals(List.of("test-1", "test-2"), migrator.migrate("db/changelog.xml", original));
        assertEquals(List.of("test-1", "test-2", "test-3"), migrator.migrate("db/changelog.xml", upgraded));
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT NAME, LEVEL FROM SG_TEST_ITEM WHERE ID = 7")) {
            assertTrue(rs.next());
            assertEquals("kept", rs.getString(1));
        }
    }

    /** A bundle class loader whose db/changelog.xml is the given test file. */
    private ClassLoader serving(String changeLog) {
        return new ClassLoader(getClass().getClassLoader()) {
            @Override
            public java.net.URL getResource(String name) {
                return super.getResource("db/changelog.xml".equals(name) ? changeLog : name);
            }

            @Override
            public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
                return super.getResources("db/changelog.xml".equals(name) ? changeLog : name);
            }
        };
    }

    @Test
    void refusesAChangeLogThatDropsAColumnAndAppliesNothingOfIt() throws Exception {
        SchemaException e = assertThrows(SchemaException.class,
                () -> migrator.migrate("db/destructive.xml", getClass().getClassLoader()));

        assertTrue(e.getMessage().contains("d-2"), e.getMessage());
        try (Connection c = dataSource.getConnection();
                ResultSet tables = c.getMetaData().getTables(null, null, "SG_TEST_GONE", null)) {
            assertFalse(tables.next(), "nothing of a refused change log may be applied");
        }
    }

    @Test
    void headerNamesChangeLogAndModule() {
        SchemaHeader header = SchemaHeader.parse("db/changelog.xml;module=emergency").orElseThrow();
        assertEquals("db/changelog.xml", header.changeLog());
        assertEquals("emergency", header.module());
        assertTrue(SchemaHeader.parse(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> SchemaHeader.parse("db/changelog.xml"));
    }
}

package org.safegrid.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.spi.PersistenceUnitTransactionType;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.safegrid.api.data.ModuleSchema;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * A module's real change log ({@code db/changelog.xml}) and real persistence unit ({@code META-INF/persistence.xml})
 * on an in-memory Derby database; only the transaction type and the data source are swapped for resource-local ones.
 */
public final class DerbyUnit {

    /**
     * What a module's unit differs by.
     *
     * @param name
     *            the module: its change log is {@code safegrid/<name>}, its persistence unit {@code safegrid-<name>}
     * @param setup
     *            SQL run once the change log is applied
     * @param clear
     *            SQL that {@link DerbyUnit#clear()} runs, in order
     * @param evictOnClear
     *            whether {@link DerbyUnit#clear()} empties the shared cache first
     */
    public record Module(String name, List<String> setup, List<String> clear, boolean evictOnClear) {
    }

    /** The codes of the sectors the enterprises change log seeds, kept by the test. */
    private static final String SEEDED_SECTORS = "TEST_SEEDED_SECTORS";

    /** Removes enterprises, villages and the sectors tests added; the seeded sectors stay. */
    public static final Module ENTERPRISES = new Module("enterprises",
            List.of("CREATE TABLE " + SEEDED_SECTORS + " (CODE VARCHAR(40))",
                    "INSERT INTO " + SEEDED_SECTORS + " SELECT CODE FROM SG_ENT_SECTOR"),
            List.of("DELETE FROM SG_ENT_CONTACT", "DELETE FROM SG_ENT_ENTERPRISE", "DELETE FROM SG_ENT_VILLAGE",
                    "DELETE FROM SG_ENT_SECTOR WHERE CODE NOT IN (SELECT CODE FROM " + SEEDED_SECTORS + ")"),
            false);

    /** Empties every table but the seeded duty standards, which it puts back as shipped. */
    public static final Module PLATES = new Module("plates", List.of(),
            List.of("DELETE FROM SG_PLT_APPRAISAL", "DELETE FROM SG_PLT_HISTORY", "DELETE FROM SG_PLT_PERSON",
                    "DELETE FROM SG_PLT_PLATE", "DELETE FROM SG_PLT_DUTY WHERE UPDATED_AT IS NOT NULL"),
            true);

    /** Empties every table. */
    public static final Module CHECKLISTS = new Module("checklists", List.of(),
            List.of("DELETE FROM SG_CHK_PHOTO", "DELETE FROM SG_CHK_ANSWER", "DELETE FROM SG_CHK_SUBMISSION",
                    "DELETE FROM SG_CHK_ITEM", "DELETE FROM SG_CHK_TEMPLATE"),
            true);

    /** Empties both tables. */
    public static final Module HAZARDS = new Module("hazards", List.of(),
            List.of("DELETE FROM SG_HAZ_TIMELINE", "DELETE FROM SG_HAZ_HAZARD"), false);

    /** Empties every table. */
    public static final Module ENFORCEMENT = new Module("enforcement", List.of(),
            List.of("DELETE FROM SG_ENF_INSPECTION_HAZARD", "DELETE FROM SG_ENF_REPEAT", "DELETE FROM SG_ENF_STEP",
                    "DELETE FROM SG_ENF_CASE", "DELETE FROM SG_ENF_INSPECTION"),
            true);

    /** Removes every row. */
    public static final Module INBOX = new Module("inbox", List.of(), List.of("DELETE FROM SG_INB_ALERT_READ",
            "DELETE FROM SG_INB_ALERT_ROLE", "DELETE FROM SG_INB_ALERT", "DELETE FROM SG_INB_DUTY"), false);

    /** Empties the duty log, the roster, the levels rule's memory and the dangerous-goods hazard ledger. */
    public static final Module EMERGENCY = new Module("emergency", List.of(),
            List.of("DELETE FROM SG_EMG_LOG", "DELETE FROM SG_EMG_SHIFT", "DELETE FROM SG_EMG_LEVEL_WATCH",
                    "DELETE FROM SG_EMG_DG_HAZARD"),
            false);

    /** Empties the planning office's projects and its rules' memory. */
    public static final Module PLANNING = new Module("planning", List.of(),
            List.of("DELETE FROM SG_PLN_PROJECT", "DELETE FROM SG_PLN_MISSED_WEEK", "DELETE FROM SG_PLN_FAILED_ITEM"),
            false);

    /** Empties the flood-season inspections and the reservoirs. */
    public static final Module AGRICULTURE = new Module("agriculture", List.of(),
            List.of("DELETE FROM SG_AGR_INSPECTION", "DELETE FROM SG_AGR_RESERVOIR"), true);

    /** Empties the gas-alarm failures and the billboards. */
    public static final Module CITYMGMT = new Module("citymgmt", List.of(),
            List.of("DELETE FROM SG_CTY_GAS_FAILURE", "DELETE FROM SG_CTY_BILLBOARD"), true);

    /** Empties the chief-engineer teams (members first) and the rules' reminders. */
    public static final Module ECONOMIC = new Module("economic", List.of(),
            List.of("DELETE FROM SG_ECO_TEAM_MEMBER", "DELETE FROM SG_ECO_TEAM", "DELETE FROM SG_ECO_REMINDER"), true);

    /** Empties the large events and the rules' reminders. */
    public static final Module CULTURE = new Module("culture", List.of(),
            List.of("DELETE FROM SG_CUL_EVENT", "DELETE FROM SG_CUL_REMINDER"), true);

    /** Empties the report archive. */
    public static final Module REPORTS = new Module("reports", List.of(), List.of("DELETE FROM SG_RPT_ARCHIVE"),
            true);

    public final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    public final EntityManagerFactory emf;
    public final List<String> changeSets;
    private final Module module;

    public DerbyUnit(String name, Module module) throws Exception {
        this.module = module;
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new Liquibase("db/changelog.xml", new ClassLoaderResourceAccessor(getClass().getClassLoader()), database)
                    .update(new Contexts(), new LabelExpression());
            changeSets = applied(connection, module.name());
            for (String sql : module.setup()) {
                connection.createStatement().executeUpdate(sql);
            }
            connection.commit(); // Liquibase leaves auto-commit off
        }
        emf = new PersistenceProvider().createEntityManagerFactory("safegrid-" + module.name(),
                Map.of(PersistenceUnitProperties.TRANSACTION_TYPE, PersistenceUnitTransactionType.RESOURCE_LOCAL.name(),
                        PersistenceUnitProperties.JTA_DATASOURCE, "",
                        PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource,
                        PersistenceUnitProperties.LOGGING_LEVEL, "SEVERE"));
    }

    public LocalJpaTemplate jpa() {
        return new LocalJpaTemplate(emf);
    }

    /** The schema as the platform reports it once the change log is applied. */
    public ModuleSchema schema() {
        String name = module.name();
        return new ModuleSchema() {
            @Override
            public String module() {
                return name;
            }

            @Override
            public List<String> appliedChangeSets() {
                return changeSets;
            }
        };
    }

    /** Empties the module's tables, as its {@link Module#clear()} statements say. */
    public void clear() throws Exception {
        if (module.evictOnClear()) {
            emf.getCache().evictAll();
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : module.clear()) {
                statement.executeUpdate(sql);
            }
        }
    }

    /** Runs a query returning one number. */
    public long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs an SQL change, for setting up rows the API would refuse (a deadline in the past). */
    public int update(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** Runs an update after emptying the shared cache; for tests that date records back. */
    public void execute(String sql) throws Exception {
        emf.getCache().evictAll();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    public void close() {
        emf.close();
    }

    private static List<String> applied(Connection connection, String module) throws Exception {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT ID FROM DATABASECHANGELOG WHERE FILENAME = ? ORDER BY ORDEREXECUTED")) {
            statement.setString(1, "safegrid/" + module);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}

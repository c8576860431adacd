package org.safegrid.enforcement.internal.testing;

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
 * The module's real change log and real persistence unit ({@code META-INF/persistence.xml}) on an in-memory Derby
 * database; only the transaction type and the data source are swapped for resource-local ones.
 */
public final class DerbyUnit {

    public final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    public final EntityManagerFactory emf;
    public final List<String> changeSets;

    public DerbyUnit(String name) throws Exception {
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new Liquibase("db/changelog.xml", new ClassLoaderResourceAccessor(getClass().getClassLoader()), database)
                    .update(new Contexts(), new LabelExpression());
            changeSets = applied(connection);
            connection.commit(); // Liquibase leaves auto-commit off
        }
        emf = new PersistenceProvider().createEntityManagerFactory("safegrid-enforcement",
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
        return new ModuleSchema() {
            @Override
            public String module() {
                return "enforcement";
            }

            @Override
            public List<String> appliedChangeSets() {
                return changeSets;
            }
        };
    }

    /** Empties every table. */
    public void clear() throws Exception {
        emf.getCache().evictAll();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("SG_ENF_INSPECTION_HAZARD", "SG_ENF_REPEAT", "SG_ENF_STEP", "SG_ENF_CASE",
                    "SG_ENF_INSPECTION")) {
                statement.executeUpdate("DELETE FROM " + table);
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

    /** Runs an update; for tests that date records back. */
    public void execute(String sql) throws Exception {
        emf.getCache().evictAll();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    public void close() {
        emf.close();
    }

    private static List<String> applied(Connection connection) throws Exception {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT ID FROM DATABASECHANGELOG WHERE FILENAME = 'safegrid/enforcement' ORDER BY ORDEREXECUTED");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}

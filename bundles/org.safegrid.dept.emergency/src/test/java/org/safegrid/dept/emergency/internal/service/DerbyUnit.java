package org.safegrid.dept.emergency.internal.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.spi.PersistenceUnitTransactionType;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

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
final class DerbyUnit {

    final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    final EntityManagerFactory emf;
    final List<String> changeSets;

    DerbyUnit(String name) throws Exception {
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
        emf = new PersistenceProvider().createEntityManagerFactory("safegrid-emergency",
                Map.of(PersistenceUnitProperties.TRANSACTION_TYPE, PersistenceUnitTransactionType.RESOURCE_LOCAL.name(),
                        PersistenceUnitProperties.JTA_DATASOURCE, "",
                        PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource,
                        PersistenceUnitProperties.LOGGING_LEVEL, "SEVERE"));
    }

    void clear() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().executeUpdate("DELETE FROM SG_EMG_LOG");
            connection.createStatement().executeUpdate("DELETE FROM SG_EMG_SHIFT");
        }
    }

    void close() {
        emf.close();
    }

    private static List<String> applied(Connection connection) throws Exception {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT ID FROM DATABASECHANGELOG WHERE FILENAME = 'safegrid/emergency' ORDER BY ORDEREXECUTED");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}

package org.safegrid.schema.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropViewChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.FastCheckService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Runs one module's Liquibase change log against the database. Refuses a change log with any change that drops a
 * table or a column: SafeGrid never loses data by upgrading.
 */
final class SchemaMigrator {

    private final DataSource dataSource;

    SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Brings the schema up to date and returns the ids of the change sets now applied from this change log, oldest
     * first.
     */
    List<String> migrate(String changeLog, ClassLoader resources) throws SchemaException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Liquibase finds its own services through the context class loader
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(changeLog, new ClassLoaderResourceAccessor(resources), database);
            List<ChangeSet> changeSets = liquibase.getDatabaseChangeLog().getChangeSets();
            try {
                refuseDestructive(changeLog, changeSets);
            } catch (SchemaException refused) {
                endTransaction(connection);
                throw refused;
            }
            // Liquibase remembers a change log path it found up to date; an upgraded bundle ships more change sets
            // under the same path, so that memory must not decide
            Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
            liquibase.update(new Contexts(), new LabelExpression());
            String logicalPath = changeSets.isEmpty() ? changeLog : changeSets.get(0).getFilePath();
            try {
                return applied(connection, database.getDatabaseChangeLogTableName(), logicalPath);
            } finally {
                endTransaction(connection);
            }
        } catch (LiquibaseException | SQLException e) {
            throw new SchemaException("schema update from " + changeLog + " failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Liquibase leaves auto-commit off; end what it left open so the connection can go back to its pool. */
    private static void endTransaction(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    static void refuseDestructive(String changeLog, List<ChangeSet> changeSets) throws SchemaException {
        for (ChangeSet changeSet : changeSets) {
            for (Change change : changeSet.getChanges()) {
                if (change instanceof DropTableChange || change instanceof DropColumnChange
                        || change instanceof DropViewChange) {
                    throw new SchemaException("change set " + changeSet.getId() + " in " + changeLog
                            + " drops data (" + change.getClass().getSimpleName()
                            + "); SafeGrid schema changes only add",
                            null);
                }
            }
        }
    }

    private static List<String> applied(Connection connection, String table, String logicalPath)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection
                .prepareStatement("SELECT ID FROM " + table + " WHERE FILENAME = ? ORDER BY ORDEREXECUTED")) {
            statement.setString(1, logicalPath);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}

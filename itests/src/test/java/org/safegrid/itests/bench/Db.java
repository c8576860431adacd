package org.safegrid.itests.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The database the generator writes to: embedded Derby (the directory of a stopped SafeGrid) or PostgreSQL, with the
 * few statements that differ between the two (sequences, identity columns, statistics, shutdown).
 */
final class Db implements AutoCloseable {

    enum Kind {
        DERBY, POSTGRESQL
    }

    private final String url;
    private final Kind kind;
    private final Connection connection;

    private Db(String url, Kind kind, Connection connection) {
        this.url = url;
        this.kind = kind;
        this.connection = connection;
    }

    static Db open(String url, String user, String password) throws SQLException {
        Kind kind;
        if (url.startsWith("jdbc:derby:")) {
            kind = Kind.DERBY;
        } else if (url.startsWith("jdbc:postgresql:")) {
            kind = Kind.POSTGRESQL;
        } else {
            throw new IllegalArgumentException("only jdbc:derby: and jdbc:postgresql: URLs are supported: " + url);
        }
        Connection c = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        c.setAutoCommit(false);
        return new Db(url, kind, c);
    }

    Connection connection() {
        return connection;
    }

    Kind kind() {
        return kind;
    }

    /** A table's name as the catalogue spells it: Liquibase creates unquoted names, upper case on Derby. */
    private String catalogName(String table) {
        return kind == Kind.DERBY ? table.toUpperCase(Locale.ROOT) : table.toLowerCase(Locale.ROOT);
    }

    boolean hasTable(String table) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(null, null, catalogName(table), new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    long count(String table) throws SQLException {
        return single("SELECT COUNT(*) FROM " + table);
    }

    long maxId(String table) throws SQLException {
        return single("SELECT COALESCE(MAX(ID), 0) FROM " + table);
    }

    long single(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    int update(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Batch.bind(ps, i + 1, values[i], java.sql.Types.VARCHAR);
            }
            return ps.executeUpdate();
        }
    }

    /** The sequence's next value, as EclipseLink asks for it before handing out a block of ids. */
    long nextSequenceValue(String sequence) throws SQLException {
        return single(kind == Kind.DERBY ? "VALUES NEXT VALUE FOR " + sequence
          : "SELECT nextval('" + sequence.toLowerCase(Locale.ROOT) + "')");
    }

    /** Makes an identity column hand out {@code next} as its next value (ids were inserted explicitly). */
    void restartIdentity(String table, long next) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (kind == Kind.DERBY) {
                s.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN ID RESTART WITH " + next);
            } else {
                s.execute("SELECT setval(pg_get_serial_sequence('" + catalogName(table) + "', 'id'), " + next
                  + ", false)");
            }
        }
        connection.commit();
    }

    /** Brings the optimiser's statistics up to date after a bulk load (what Derby's daemon or autovacuum do later). */
    void updateStatistics(String table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (kind == Kind.DERBY) {
                s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('" + connection.getSchema() + "', '"
                  + catalogName(table) + "', NULL)");
            } else {
                s.execute("ANALYZE " + table);
            }
        }
        connection.commit();
    }

    void commit() throws SQLException {
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        connection.commit();
        connection.close();
        if (kind == Kind.DERBY) {
            shutdownDerby();
        }
    }

    /** Shuts the embedded database down cleanly, so that SafeGrid can boot it and nothing is left to recover. */
    private void shutdownDerby() {
        String base = url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
        try {
            DriverManager.getConnection(base + ";shutdown=true").close();
        } catch (SQLException expected) {
            // 08006: the database was shut down, as asked
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down: " + expected.getMessage(), expected);
            }
        }
    }
}

package org.safegrid.itests.bench;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One INSERT statement of a {@link Sink}, filled row by row and sent in JDBC batches. */
final class Batch {

    private final Sink sink;
    private final PreparedStatement statement;
    private final String table;
    private int[] types;
    private int pending;
    private long rows;

    Batch(Sink sink, PreparedStatement statement, String table) {
        this.sink = sink;
        this.statement = statement;
        this.table = table;
    }

    /** Adds a row: one value per parameter, in order; null for SQL NULL. */
    void add(Object... values) throws SQLException {
        if (types == null) {
            types = parameterTypes(values.length);
        }
        for (int i = 0; i < values.length; i++) {
            bind(statement, i + 1, values[i], types[i]);
        }
        statement.addBatch();
        pending++;
        rows++;
        sink.added(this);
    }

    int pending() {
        return pending;
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    void execute() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    void close() throws SQLException {
        statement.close();
    }

    private int[] parameterTypes(int count) throws SQLException {
        int[] result = new int[count];
        ParameterMetaData meta = statement.getParameterMetaData();
        for (int i = 0; i < count; i++) {
            result[i] = meta.getParameterType(i + 1);
        }
        return result;
    }

    static void bind(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else if (value instanceof LocalDate d) {
            ps.setDate(index, Date.valueOf(d));
        } else if (value instanceof LocalDateTime t) {
            // UTC wall-clock time in a TIMESTAMP, as the entities store their instants
            ps.setTimestamp(index, Timestamp.valueOf(t));
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof Long l) {
            ps.setLong(index, l);
        } else if (value instanceof Integer n) {
            ps.setInt(index, n);
        } else if (value instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else if (value instanceof BigDecimal d) {
            ps.setBigDecimal(index, d);
        } else {
            ps.setObject(index, value, Types.OTHER);
        }
    }
}

package org.safegrid.itests.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one step's rows go: its INSERT statements, sent as JDBC batches of {@value #BATCH} rows and committed every
 * {@value #COMMIT} rows or so. Statements are executed in the order they were created, so a parent table's batch
 * always reaches the database before its children's (foreign keys).
 */
final class Sink implements AutoCloseable {

    static final int BATCH = 1_000;
    static final int COMMIT = 5_000;

    private final Connection connection;
    private final Progress progress;
    private final List<Batch> batches = new ArrayList<>();
    private long sinceCommit;

    Sink(Db db, Progress progress) {
        this.connection = db.connection();
        this.progress = progress;
    }

    /** An INSERT into a table with these columns. */
    Batch insert(String table, String... columns) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
          + "?, ".repeat(columns.length - 1) + "?)";
        Batch batch = new Batch(this, connection.prepareStatement(sql), table);
        batches.add(batch);
        return batch;
    }

    void added(Batch batch) throws SQLException {
        sinceCommit++;
        progress.row();
        if (batch.pending() >= BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        for (Batch b : batches) {
            b.execute();
        }
        if (sinceCommit >= COMMIT) {
            connection.commit();
            sinceCommit = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        for (Batch b : batches) {
            b.execute();
        }
        connection.commit();
        for (Batch b : batches) {
            b.close();
        }
    }
}

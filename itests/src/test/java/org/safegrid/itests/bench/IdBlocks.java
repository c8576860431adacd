package org.safegrid.itests.bench;

import java.sql.SQLException;

/**
 * Ids from a database sequence handed out in blocks, as EclipseLink's sequence generator does: each NEXT VALUE gives
 * the last id of a block of {@code increment}. The application, asking the same sequence afterwards, gets blocks above
 * every id used here.
 */
final class IdBlocks {

    private final Db db;
    private final String sequence;
    private final int increment;
    private long next = 1;
    private long last;

    IdBlocks(Db db, String sequence, int increment) {
        this.db = db;
        this.sequence = sequence;
        this.increment = increment;
    }

    long next() throws SQLException {
        if (next > last) {
            long value = db.nextSequenceValue(sequence);
            next = value - increment + 1;
            last = value;
        }
        return next++;
    }
}

package org.safegrid.enterprises.internal.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The state of one import, updated by the job's thread and read by requests for its progress.
 */
public final class ImportJob {

    /** The most errors a job keeps to show; {@code errorCount} still counts them all. */
    public static final int MAX_ERRORS = 1000;

    /** Where a job is. */
    public enum State {
        RUNNING, DONE, FAILED
    }

    private final String id = UUID.randomUUID().toString();
    private final String user;
    private final ImportMode mode;
    private final boolean dryRun;
    private final String fileName;
    private final int total;
    private final Instant startedAt = Instant.now();
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger imported = new AtomicInteger();
    private final AtomicInteger errorCount = new AtomicInteger();
    private final List<ImportError> errors = new ArrayList<>();
    private volatile State state = State.RUNNING;
    private volatile Instant finishedAt;

    public ImportJob(String user, ImportMode mode, boolean dryRun, String fileName, int total) {
        this.user = user;
        this.mode = mode;
        this.dryRun = dryRun;
        this.fileName = fileName;
        this.total = total;
    }

    public String id() {
        return id;
    }

    public String user() {
        return user;
    }

    public ImportMode mode() {
        return mode;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public int total() {
        return total;
    }

    public State state() {
        return state;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public int imported() {
        return imported.get();
    }

    public int errorCount() {
        return errorCount.get();
    }

    /** Rows finished. */
    public void processed(int rows) {
        processed.addAndGet(rows);
    }

    /** Rows saved (and so finished). */
    public void imported(int rows) {
        imported.addAndGet(rows);
        processed.addAndGet(rows);
    }

    /** Forgets rows counted as imported that a failed transaction took back. */
    public void unimported(int rows) {
        imported.addAndGet(-rows);
    }

    public void errors(Collection<ImportError> found) {
        errorCount.addAndGet(found.size());
        synchronized (errors) {
            for (ImportError error : found) {
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
                errors.add(error);
            }
        }
    }

    public void finish(State end) {
        finishedAt = Instant.now();
        state = end;
    }

    public JobView view() {
        List<ImportError> shown;
        synchronized (errors) {
            shown = new ArrayList<>(errors);
        }
        shown.sort(Comparator.comparingInt(ImportError::row));
        return new JobView(id, state.name(), mode.wire(), dryRun, fileName, total, processed.get(), imported.get(),
                errorCount.get(), shown, startedAt, finishedAt);
    }
}

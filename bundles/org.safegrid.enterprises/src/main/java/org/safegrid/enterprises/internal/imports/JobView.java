package org.safegrid.enterprises.internal.imports;

import java.time.Instant;
import java.util.List;

/**
 * An import job as {@code GET /api/enterprises/imports/{id}} answers it.
 *
 * @param state {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param mode {@code atomic} or {@code valid-rows}
 * @param total the data rows in the file
 * @param processed the rows finished so far: a failing row once checked; a passing one once saved (on a dry run, or
 *            when an atomic import fails its checks, once checked)
 * @param imported the rows saved
 * @param errorCount every error found; {@code errors} holds the first {@value ImportJob#MAX_ERRORS}
 */
public record JobView(String id, String state, String mode, boolean dryRun, String fileName, int total, int processed,
        int imported, int errorCount, List<ImportError> errors, Instant startedAt, Instant finishedAt) {
}

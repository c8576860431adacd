package org.safegrid.enterprises.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.aries.jpa.template.JpaTemplate;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.internal.events.EnterprisePublisher;
import org.safegrid.enterprises.internal.imports.ImportJob.State;
import org.safegrid.enterprises.internal.imports.RowChecker.ValidRow;
import org.safegrid.enterprises.internal.model.ReferenceData;
import org.safegrid.enterprises.internal.validation.Text;
import org.safegrid.sheets.api.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import, run on the jobs' executor: checks every row, then saves as the mode says (nothing on a dry run).
 */
final class ImportRun implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);
    private static final Text FAILED = new Text("导入意外中止，未导入任何数据（参考编号 {0}）",
            "The import stopped unexpectedly and imported nothing (reference {0})");

    /** What the run reads from the registry once, before the rows. */
    interface Registry {
        ReferenceData referenceData();

        Set<String> creditCodes();

        JpaTemplate jpa();

        EnterprisePublisher publisher();
    }

    private final ImportJob job;
    private final Table table;
    private final ColumnMatch columns;
    private final DataScope scope;
    private final boolean english;
    private final Registry registry;

    ImportRun(ImportJob job, Table table, ColumnMatch columns, DataScope scope, boolean english, Registry registry) {
        this.job = job;
        this.table = table;
        this.columns = columns;
        this.scope = scope;
        this.english = english;
        this.registry = registry;
    }

    @Override
    public void run() {
        try {
            List<ValidRow> valid = check();
            boolean saves = !job.dryRun() && !valid.isEmpty()
                    && (job.mode() == ImportMode.VALID_ROWS || job.errorCount() == 0);
            if (!saves) {
                job.processed(valid.size());
                job.finish(State.DONE);
                return;
            }
            ImportSaver saver = new ImportSaver(registry.jpa(), registry.publisher(), job, job.user(), english);
            if (job.mode() == ImportMode.ATOMIC) {
                job.finish(saver.saveAtomically(valid) ? State.DONE : State.FAILED);
            } else {
                saver.saveInChunks(valid, columns.header(ImportColumn.CREDIT_CODE));
                job.finish(State.DONE);
            }
            LOG.info("Import {} of {} by {}: {} rows, {} imported, {} errors", job.id(), job.view().fileName(),
                    job.user(), job.total(), job.imported(), job.errorCount());
        } catch (RuntimeException e) {
            String ref = UUID.randomUUID().toString();
            LOG.error("Import {} failed; reference {}", job.id(), ref, e);
            job.errors(List.of(new ImportError(0, "", FAILED.format(english, ref))));
            job.finish(State.FAILED);
        }
    }

    /** The rows that pass; failing rows are counted as processed and their errors recorded. */
    private List<ValidRow> check() {
        RowChecker checker = new RowChecker(columns, registry.referenceData(), scope, registry.creditCodes(), english);
        List<ValidRow> valid = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            RowChecker.Result result = checker.check(row);
            if (result.ok()) {
                valid.add(result.valid());
                if (job.dryRun()) {
                    job.processed(1);
                }
            } else {
                job.errors(result.errors());
                job.processed(1);
            }
        }
        return job.dryRun() ? List.of() : valid;
    }
}

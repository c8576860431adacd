package org.safegrid.enterprises.internal.imports;

import static org.apache.aries.jpa.template.TransactionType.Required;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.safegrid.enterprises.internal.events.EnterprisePublisher;
import org.safegrid.enterprises.internal.events.EnterprisePublisher.Changed;
import org.safegrid.enterprises.internal.imports.RowChecker.ValidRow;
import org.safegrid.enterprises.internal.persistence.ContactStore;
import org.safegrid.enterprises.internal.persistence.DatabaseErrors;
import org.safegrid.enterprises.internal.persistence.EnterpriseEntity;
import org.safegrid.enterprises.internal.validation.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves checked rows fast: {@value #CHUNK} rows per flush, which EclipseLink sends as JDBC batches (ids come from the
 * sequence in blocks, so no insert waits for its id), and the persistence context cleared after each flush so it stays
 * small.
 */
final class ImportSaver {

    private static final Logger LOG = LoggerFactory.getLogger(ImportSaver.class);

    static final int CHUNK = EnterpriseEntity.ID_BLOCK;
    private static final int LOGGED_FAILURES = 3;

    private final JpaTemplate jpa;
    private final EnterprisePublisher publisher;
    private final ImportJob job;
    private final String user;
    private final boolean english;
    /** Failures logged with their stack trace so far: a database that is down would fail every row. */
    private int logged;

    ImportSaver(JpaTemplate jpa, EnterprisePublisher publisher, ImportJob job, String user, boolean english) {
        this.jpa = jpa;
        this.publisher = publisher;
        this.job = job;
        this.user = user;
        this.english = english;
    }

    /**
     * Everything in one transaction: a failure anywhere leaves nothing saved.
     *
     * @return whether the rows were saved
     */
    boolean saveAtomically(List<ValidRow> rows) {
        Instant now = now();
        int[] counted = {0};
        List<Changed> saved = new ArrayList<>(rows.size());
        try {
            jpa.tx(Required, em -> {
                for (int from = 0; from < rows.size(); from += CHUNK) {
                    List<ValidRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                    saved.addAll(persist(em, chunk, now));
                    counted[0] += chunk.size();
                    job.imported(chunk.size());
                }
            });
            publisher.created(saved, user); // committed
            return true;
        } catch (RuntimeException e) {
            job.unimported(counted[0]);
            job.errors(List.of(new ImportError(0, "", Messages.SAVE_FAILED.format(english, reason(e)))));
            return false;
        }
    }

    /** One transaction per chunk; a chunk that fails is saved again row by row, so only its bad rows are lost. */
    void saveInChunks(List<ValidRow> rows, String creditCodeHeader) {
        Instant now = now();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ValidRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            try {
                List<Changed> saved = jpa.txExpr(Required, em -> persist(em, chunk, now));
                job.imported(chunk.size());
                publisher.created(saved, user);
            } catch (RuntimeException e) {
                LOG.debug("A chunk of {} rows failed; saving them one by one", chunk.size(), e);
                chunk.forEach(row -> saveOne(row, now, creditCodeHeader));
            }
        }
    }

    private void saveOne(ValidRow row, Instant now, String creditCodeHeader) {
        try {
            List<Changed> saved = jpa.txExpr(Required, em -> persist(em, List.of(row), now));
            job.imported(1);
            publisher.created(saved, user);
        } catch (RuntimeException e) {
            job.errors(List.of(new ImportError(row.row(), creditCodeHeader, DatabaseErrors.isUniqueViolation(e)
                    ? Messages.DUPLICATE_CREDIT_CODE.format(english, row.data().creditCode())
                    : Messages.ROW_SAVE_FAILED.format(english, reason(e)))));
            job.processed(1);
        }
    }

    /**
     * Enterprises first, then (their rows written and ids known) their contacts: two batched flushes.
     *
     * @return the enterprises persisted, for their events once the transaction has committed
     */
    private List<Changed> persist(EntityManager em, List<ValidRow> chunk, Instant now) {
        List<EnterpriseEntity> entities = new ArrayList<>(chunk.size());
        for (ValidRow row : chunk) {
            EnterpriseEntity entity = new EnterpriseEntity();
            entity.apply(row.data());
            entity.created(user, now);
            em.persist(entity);
            entities.add(entity);
        }
        em.flush();
        List<Changed> saved = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            ContactStore.insert(em, entities.get(i).getId(), chunk.get(i).data().contacts());
            saved.add(new Changed(entities.get(i).getId(), chunk.get(i).data().department()));
        }
        em.flush();
        em.clear();
        return saved;
    }

    /** Why saving failed, for the user: a race on a credit code, or a database error with a reference for the log. */
    private String reason(RuntimeException e) {
        if (DatabaseErrors.isUniqueViolation(e)) {
            return english
                    ? "another user registered one of the credit codes in the meantime"
                    : "其间另一用户登记了文件中的某个统一社会信用代码";
        }
        String ref = UUID.randomUUID().toString();
        if (logged++ < LOGGED_FAILURES) {
            LOG.error("Import {} failed to save; reference {}", job.id(), ref, e);
        } else {
            LOG.debug("Import {} failed to save; reference {}", job.id(), ref, e);
        }
        return (english ? "database error, reference " : "数据库错误，参考编号 ") + ref;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}

package org.safegrid.checklists.internal.submissions;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.checklists.internal.model.PhotoContent;
import org.safegrid.checklists.internal.model.PhotoHead;
import org.safegrid.checklists.internal.persistence.ChecklistsUnit;
import org.safegrid.checklists.internal.persistence.PhotoEntity;
import org.safegrid.checklists.internal.persistence.Times;

/** Photos of submissions' items, as BLOBs; lists read them without their bytes. */
@Component(service = PhotoStore.class)
public class PhotoStore {

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public PhotoStore(@Reference(target = ChecklistsUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = ChecklistsUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    /**

     * The store with its own clock, for tests. (Not a second public constructor: Declarative Services picks the

     * constructor by its number of parameters, so only the activation constructor may be public.)

     */

    public static PhotoStore withClock(JpaTemplate jpa, Clock clock) {

        return new PhotoStore(jpa, clock);

    }

    PhotoStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** Stores a photo unless the submission has {@code max} already; empty then. */
    public Optional<PhotoHead> add(long submissionId, String itemCode, String contentType, byte[] data, String user,
            int max) {
        return jpa.txExpr(Required, em -> {
            long count = em.createQuery("SELECT COUNT(p) FROM ChkPhoto p WHERE p.submissionId = :id", Long.class)
                    .setParameter("id", submissionId).getSingleResult();
            if (count >= max) {
                return Optional.<PhotoHead>empty();
            }
            PhotoEntity photo = new PhotoEntity(submissionId, itemCode, contentType, data);
            photo.created(user, clock.instant());
            em.persist(photo);
            em.flush();
            return Optional.of(new PhotoHead(photo.getId(), submissionId, itemCode, contentType, data.length,
                    photo.getCreatedAt(), user));
        });
    }

    /** A submission's photos, in the order they came. */
    public List<PhotoHead> list(long submissionId) {
        return jpa.txExpr(Supports, em -> em.createQuery("SELECT p.id, p.itemCode, p.contentType, p.size,"
                + " p.createdAt, p.createdBy FROM ChkPhoto p WHERE p.submissionId = :id ORDER BY p.id", Object[].class)
                .setParameter("id", submissionId)
                .getResultList().stream()
                .map(r -> new PhotoHead(((Number) r[0]).longValue(), submissionId, (String) r[1], (String) r[2],
                        ((Number) r[3]).intValue(), Times.fromDb((LocalDateTime) r[4]), (String) r[5]))
                .toList());
    }

    /** A photo of the submission, with its bytes. */
    public Optional<PhotoContent> content(long submissionId, long photoId) {
        return jpa.txExpr(Supports, em -> em.createQuery("SELECT p.contentType, p.data FROM ChkPhoto p"
                + " WHERE p.id = :photo AND p.submissionId = :submission", Object[].class)
                .setParameter("photo", photoId)
                .setParameter("submission", submissionId)
                .getResultList().stream()
                .findFirst()
                .map(r -> new PhotoContent((String) r[0], (byte[]) r[1])));
    }
}

package org.safegrid.checklists.internal.submissions;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.api.Submission;
import org.safegrid.checklists.internal.model.PhotoContent;
import org.safegrid.checklists.internal.model.PhotoHead;
import org.safegrid.checklists.internal.validation.Failures;
import org.safegrid.checklists.internal.validation.InputReader;
import org.safegrid.checklists.internal.validation.Message;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;

/**
 * Photos of a submission's items: JPEG, PNG or WebP told by their first bytes, at most {@value #MAX_MB} MB each and
 * {@value #MAX_PER_SUBMISSION} per submission. Whoever may see the submission's enterprise sees them; whoever may
 * edit it adds them.
 */
@Component(service = Photos.class)
public class Photos {

    public static final int MAX_MB = 5;
    public static final int MAX_BYTES = MAX_MB * 1024 * 1024;
    public static final int MAX_PER_SUBMISSION = 20;

    private final SubmissionStore submissions;
    private final PhotoStore photos;
    private final EnterpriseService enterprises;

    @Activate
    public Photos(@Reference SubmissionStore submissions, @Reference PhotoStore photos,
            @Reference EnterpriseService enterprises) {
        this.submissions = submissions;
        this.photos = photos;
        this.enterprises = enterprises;
    }

    /**
     * 404 for a submission out of scope, 403 without the right to edit its enterprise, 422 for an item code not
     * answered in it, 413 {@code photo_too_large}, 415 {@code unsupported_photo_type}, 409 {@code too_many_photos}.
     */
    public PhotoHead add(long submissionId, String itemCode, InputStream body, DataScope scope, String user,
            String language) {
        Submission submission = visible(submissionId, scope, language);
        Enterprise enterprise = enterprises.get(submission.enterpriseId(), scope).orElseThrow();
        if (!enterprises.mayEdit(enterprise, scope)) {
            throw Failures.forbidden(Message.MAY_NOT_SUBMIT, language);
        }
        InputReader reader = new InputReader(language);
        String code = reader.code("itemCode", itemCode, true);
        if (code != null && submission.answers().stream().noneMatch(a -> a.itemCode().equals(code))) {
            reader.fail("itemCode", Message.NOT_ANSWERED_ITEM, null);
        }
        reader.throwIfInvalid();
        byte[] data = read(body, language);
        String type = PhotoTypes.detect(data).orElseThrow(() -> new SafeGridException(Kind.UNSUPPORTED,
                "unsupported_photo_type", Message.PHOTO_TYPE.in(language, null),
                Map.of("allowed", List.of(PhotoTypes.JPEG, PhotoTypes.PNG, PhotoTypes.WEBP))));
        return photos.add(submissionId, code, type, data, user, MAX_PER_SUBMISSION)
                .orElseThrow(() -> new SafeGridException(Kind.CONFLICT, "too_many_photos",
                        Message.TOO_MANY_PHOTOS.in(language, MAX_PER_SUBMISSION),
                        Map.of("limit", MAX_PER_SUBMISSION)));
    }

    /** The photo's bytes: 404 when the submission is out of scope or has no such photo. */
    public PhotoContent content(long submissionId, long photoId, DataScope scope, String language) {
        visible(submissionId, scope, language);
        return photos.content(submissionId, photoId).orElseThrow(() -> Failures.photoNotFound(photoId, language));
    }

    /** The submission, when its enterprise is in scope; 404 otherwise. */
    public Submission visible(long submissionId, DataScope scope, String language) {
        return submissions.get(submissionId)
                .filter(s -> enterprises.get(s.enterpriseId(), scope).isPresent())
                .orElseThrow(() -> Failures.submissionNotFound(submissionId, language));
    }

    private static byte[] read(InputStream body, String language) {
        byte[] data;
        try {
            data = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw SafeGridException.badRequest("unreadable_body", e.getMessage());
        }
        if (data.length > MAX_BYTES) {
            throw new SafeGridException(Kind.TOO_LARGE, "photo_too_large", Message.PHOTO_TOO_LARGE.in(language,
                    MAX_MB), Map.of("limit", MAX_BYTES));
        }
        return data;
    }
}

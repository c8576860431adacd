package org.safegrid.checklists.internal.submissions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.api.Submission;
import org.safegrid.checklists.internal.dto.AnswerInput;
import org.safegrid.checklists.internal.dto.SubmissionInput;
import org.safegrid.checklists.internal.model.PhotoHead;
import org.safegrid.checklists.internal.testing.Definitions;
import org.safegrid.checklists.internal.testing.Errors;
import org.safegrid.checklists.internal.testing.Fixture;

class PhotosTest {

    static final DataScope EMERGENCY = DataScope.of(Set.of("dept-emergency"));
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};

    static Fixture fx;
    Submission submission;

    @BeforeAll
    static void start() throws Exception {
        fx = new Fixture("submissions-photos");
        fx.enterprises.add(7);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @BeforeEach
    void submit() throws Exception {
        fx.clear();
        fx.contribute("emergency", Definitions.fuel("emergency-fuel-daily", Cadence.DAILY, "aa", "bb"));
        submission = fx.recorder.submit(new SubmissionInput(7L, "emergency-fuel-daily", 1, "2026-11-27",
                List.of(new AnswerInput("aa", "FAIL", "灭火器过期", null, null),
                        new AnswerInput("bb", "PASS", null, null, null))),
                EMERGENCY, "li", "en");
    }

    PhotoHead add(String itemCode, byte[] data) {
        return fx.photos.add(submission.id(), itemCode, new ByteArrayInputStream(data), EMERGENCY, "li", "en");
    }

    @Test
    void tellsTheTypeFromTheBytes() {
        assertEquals(Optional.of(PhotoTypes.JPEG), PhotoTypes.detect(JPEG));
        assertEquals(Optional.of(PhotoTypes.PNG), PhotoTypes.detect(PNG));
        assertEquals(Optional.of(PhotoTypes.WEBP), PhotoTypes.detect(WEBP));
        assertEquals(Optional.empty(), PhotoTypes.detect("GIF89a....".getBytes()));
        assertEquals(Optional.empty(), PhotoTypes.detect("RIFF\0\0\0\0WAVE".getBytes()));
        assertEquals(Optional.empty(), PhotoTypes.detect(new byte[]{(byte) 0xFF, (byte) 0xD8}));
        assertEquals(Optional.empty(), PhotoTypes.detect(new byte[0]));
    }

    @Test
    void storesAndServesAPhotoOfAnItem() {
        PhotoHead photo = add("aa", PNG);
        assertEquals(PhotoTypes.PNG, photo.contentType());
        assertEquals(PNG.length, photo.size());
        assertEquals("aa", photo.itemCode());
        var content = fx.photos.content(submission.id(), photo.id(), EMERGENCY, "en");
        assertEquals(PhotoTypes.PNG, content.contentType());
        assertArrayEquals(PNG, content.data());
        assertEquals(List.of(photo), fx.photoStore.list(submission.id()));
        // read-only users of the village see it too; other departments do not
        fx.photos.content(submission.id(), photo.id(), DataScope.of(Set.of("village-baishiyi")), "en");
        Errors.expect(Kind.NOT_FOUND, "not_found",
                () -> fx.photos.content(submission.id(), photo.id(), DataScope.of(Set.of("dept-culture")), "en"));
        Errors.expect(Kind.NOT_FOUND, "not_found",
                () -> fx.photos.content(submission.id(), photo.id() + 1000, EMERGENCY, "en"));
    }

    @Test
    void refusesOtherTypes() {
        var e = Errors.expect(Kind.UNSUPPORTED, "unsupported_photo_type", () -> add("aa", "%PDF-1.7".getBytes()));
        assertEquals(List.of("image/jpeg", "image/png", "image/webp"), e.details().get("allowed"));
        Errors.expect(Kind.UNSUPPORTED, "unsupported_photo_type", () -> add("aa", new byte[0]));
    }

    @Test
    void refusesPhotosOverFiveMegabytes() throws Exception {
        byte[] big = Arrays.copyOf(JPEG, Photos.MAX_BYTES + 1);
        var e = Errors.expect(Kind.TOO_LARGE, "photo_too_large", () -> add("aa", big));
        assertEquals(Photos.MAX_BYTES, e.details().get("limit"));
        add("aa", Arrays.copyOf(JPEG, Photos.MAX_BYTES)); // exactly the limit is fine
        assertEquals(1, fx.unit.count("SELECT COUNT(*) FROM SG_CHK_PHOTO"));
    }

    @Test
    void refusesAnItemNotInTheSubmission() {
        assertTrue(Errors.fields(() -> add("zz", JPEG)).containsKey("itemCode"));
        assertTrue(Errors.fields(() -> add(null, JPEG)).containsKey("itemCode"));
    }

    @Test
    void refusesMoreThanTwentyPhotos() {
        for (int i = 0; i < Photos.MAX_PER_SUBMISSION; i++) {
            add("bb", WEBP);
        }
        Errors.expect(Kind.CONFLICT, "too_many_photos", () -> add("bb", WEBP));
    }

    @Test
    void onlyEditorsAddPhotos() {
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> fx.photos.add(submission.id(), "aa",
                new ByteArrayInputStream(JPEG), DataScope.of(Set.of("village-baishiyi")), "grid", "en"));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> fx.photos.add(submission.id() + 1000, "aa",
                new ByteArrayInputStream(JPEG), EMERGENCY, "li", "en"));
    }

    @Test
    void photosGoWithTheirSubmission() throws Exception {
        add("aa", JPEG);
        fx.submissions.delete(submission.id());
        assertEquals(0, fx.unit.count("SELECT COUNT(*) FROM SG_CHK_PHOTO"));
        assertTrue(fx.submissions.get(submission.id()).isEmpty());
    }
}

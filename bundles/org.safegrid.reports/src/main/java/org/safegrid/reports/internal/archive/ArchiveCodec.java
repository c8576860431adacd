package org.safegrid.reports.internal.archive;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.safegrid.reports.internal.view.ReportView;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The archive's CONTENT column: the report rendered in Chinese and in English, as JSON. Kept rendered, so an archived
 * report reads the same later whatever sources and departments are installed then.
 */
final class ArchiveCodec {

    /** Both renderings. */
    record Content(ReportView zh, ReportView en) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ArchiveCodec() {
    }

    static String write(Content content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Content read(String json) {
        try {
            return MAPPER.readValue(json, Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException("an archived report cannot be read", e);
        }
    }
}

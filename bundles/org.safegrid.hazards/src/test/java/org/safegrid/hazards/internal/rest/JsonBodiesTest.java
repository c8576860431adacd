package org.safegrid.hazards.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.hazards.api.FiveFixes;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.dto.FixesInput;
import org.safegrid.hazards.internal.dto.HazardDetail;
import org.safegrid.hazards.internal.dto.HazardInput;
import org.safegrid.hazards.internal.dto.VerifyInput;
import org.safegrid.hazards.internal.lifecycle.HazardAction;
import org.safegrid.hazards.internal.model.TimelineEntry;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The bodies as the platform's JSON provider (org.safegrid.core's JsonProvider settings) reads and writes them. */
class JsonBodiesTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Test
    void aReportReadsNumbersAndStringsAlike() throws Exception {
        HazardInput in = JSON.readValue("""
                {"enterpriseId": 17, "level": "MAJOR", "description": "储罐泄漏", "deadline": "2026-12-31",
                 "fiveFixes": {"responsiblePerson": "张三", "measures": "更换", "funds": 5000.5,
                               "deadline": "2026-12-31", "contingencyPlan": "预案"}}""", HazardInput.class);
        assertEquals("17", in.enterpriseId());
        assertEquals("5000.5", in.fiveFixes().funds());
        assertEquals(new FixesInput("张三", "更换", "5000.5", "2026-12-31", "预案", null), in.fiveFixes());
        assertEquals("17", JSON.readValue("{\"enterpriseId\": \"17\"}", HazardInput.class).enterpriseId());
    }

    @Test
    void aVerificationAndAFixesBodyCarryTheirVersion() throws Exception {
        assertEquals(new VerifyInput(false, "仍有杂物", 3L),
                JSON.readValue("{\"accepted\": false, \"note\": \"仍有杂物\", \"version\": 3}", VerifyInput.class));
        assertEquals(7L, JSON.readValue("{\"funds\": \"100\", \"version\": 7}", FixesInput.class).version());
    }

    @Test
    void aDetailIsWrittenWithIsoDatesAndEnumNames() throws Exception {
        HazardDetail detail = new HazardDetail(5, 17, "甲加油站", "emergency", null, "baishiyi", HazardSource.INSPECTION,
                null, "消防通道堵塞", HazardLevel.MAJOR, HazardState.RECTIFYING, LocalDate.of(2026, 12, 31),
                new FiveFixes("张三", "清理", new BigDecimal("5000.00"), LocalDate.of(2026, 12, 31), "预案"), false,
                "zhang", Instant.parse("2026-11-28T02:00:00Z"), null, null, null, 3, true, false, List.of(),
                List.of(new TimelineEntry(1, Instant.parse("2026-11-28T02:00:00Z"), "zhang", HazardAction.REPORT, null,
                        HazardState.REPORTED, null, null)));
        String json = JSON.writeValueAsString(detail);
        assertTrue(json.contains("\"deadline\":\"2026-12-31\""), json);
        assertTrue(json.contains("\"reportedAt\":\"2026-11-28T02:00:00Z\""), json);
        assertTrue(json.contains("\"funds\":5000.00"), json);
        assertTrue(json.contains("\"action\":\"REPORT\""), json);
        assertTrue(json.contains("\"mayVerify\":false"), json);
    }
}

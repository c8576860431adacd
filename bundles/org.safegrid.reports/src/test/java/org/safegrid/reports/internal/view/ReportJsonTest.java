package org.safegrid.reports.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.reports.internal.compose.ContributedSection;
import org.safegrid.reports.internal.testing.Engines;
import org.safegrid.reports.internal.testing.Sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON the dashboards read, as the platform's JSON provider writes it. */
class ReportJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void keepsTheContractsShape() throws Exception {
        JsonNode json;
        try (Engines engines = new Engines()) {
            engines.sources.add(Sample.core());
            engines.sections.add(new ContributedSection("emergency", Sample.emergencySection()));
            json = MAPPER.readTree(MAPPER.writeValueAsString(
                    ReportViews.render(engines.engine().town(ReportPeriod.month(YearMonth.of(2026, 11))), false)));
        }
        assertEquals(List.of("kind", "unit", "title", "period", "generatedAt", "archived", "archiveId", "figures",
                "totals", "departments", "villages", "lastPlace", "exposure", "trend", "sections", "scoring"),
                names(json));
        assertEquals("2026-11-29T02:00:00Z", json.get("generatedAt").asText());
        assertTrue(json.get("archiveId").isNull());
        assertEquals(List.of("granularity", "key", "from", "to"), names(json.get("period")));
        assertEquals("2026-11-01", json.get("period").get("from").asText());
        assertEquals(List.of("code", "label", "type", "better"), names(json.get("figures").get(0)));
        assertEquals(12, json.get("totals").get("inspections").asInt());
        assertEquals(0.75, json.get("totals").get("self-inspection-compliance").asDouble());
        assertEquals(List.of("unit", "name", "values", "score", "rank"), names(json.get("departments").get(0)));
        assertEquals(96.0, json.get("departments").get(0).get("score").asDouble());
        assertTrue(json.get("villages").get(0).get("values").get("self-inspection-compliance").isNull());
        assertEquals(List.of("kind", "unit", "name", "score", "consecutive"), names(json.get("lastPlace").get(0)));
        assertEquals(List.of("code", "title", "columns", "rows"), names(json.get("exposure")));
        assertEquals(List.of("period", "values"), names(json.get("trend").get(0)));
        assertEquals(List.of("department", "code", "title", "figures", "tables"), names(json.get("sections").get(0)));
        assertEquals(List.of("code", "label", "value", "unit"), names(json.get("sections").get(0).get("figures")
                .get(0)));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

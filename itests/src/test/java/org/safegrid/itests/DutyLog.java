package org.safegrid.itests;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/** Request bodies for the emergency module's duty log. */
final class DutyLog {

    private DutyLog() {
    }

    static Map<String, Object> entry(String summary) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("occurredAt", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(10)
          .truncatedTo(ChronoUnit.SECONDS).toString());
        entry.put("category", "INCIDENT");
        entry.put("summary", summary);
        entry.put("details", "集成测试 integration test");
        entry.put("reporter", "值班员张三");
        return entry;
    }
}

package org.safegrid.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.sheets.api.SheetSpec;
import org.safegrid.sheets.api.Table;

class LargeAndIsolatedReadTest {

    private final SheetsService service = new SheetsService();

    /** POI's zip-bomb and array limits stay at their defaults; a realistic 50,000-row sheet must still read. */
    @Test
    void fiftyThousandRowsReadUnderPoiDefaults() throws IOException {
        List<String> headers = List.of("统一社会信用代码", "企业名称", "地址", "村社区", "行业", "监管部门", "从业人数", "经营状态", "风险等级",
                "联系人", "联系电话");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            rows.add(List.of(String.format("9150%014d", i), "企业" + i, "白市驿镇正街 " + i + " 号", "baishiyi", "fuel-station",
                    "emergency", i % 300, "在营", "橙", "张三", 13_800_000_000L + i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.writeXlsx(out, List.of(new SheetSpec("企业", headers, rows)));

        Table table = Workbooks.read(out.toByteArray(), "all.xlsx", 50_000);

        assertEquals(50_000, table.rows().size());
        assertEquals("13800049999", table.rows().get(49_999).cell(10));
    }

    /**
     * Inside OSGi the caller's context class loader cannot see the embedded POI; the service must not depend on it and
     * must give it back unchanged.
     */
    @Test
    void worksWhateverTheCallersContextClassLoaderIs() throws IOException {
        ClassLoader blind = new URLClassLoader(new URL[0], null);
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(blind);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            service.writeXlsx(out, List.of(new SheetSpec("s", List.of("名称"), List.of(List.of("甲")))));
            assertSame(blind, thread.getContextClassLoader());

            Table table = Workbooks.read(out.toByteArray(), "s.xlsx", 5);
            assertSame(blind, thread.getContextClassLoader());
            assertEquals("甲", table.rows().get(0).cell(0));
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    @Test
    void theContextClassLoaderIsTheBundlesDuringTheWorkAndRestoredAfterAFailure() {
        ClassLoader blind = new URLClassLoader(new URL[0], null);
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        List<ClassLoader> seen = Collections.synchronizedList(new ArrayList<>());
        thread.setContextClassLoader(blind);
        try {
            org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> BundleLoader.call(() -> {
                seen.add(Thread.currentThread().getContextClassLoader());
                throw new IOException("boom");
            }));
            assertSame(SheetsService.class.getClassLoader(), seen.get(0));
            assertSame(blind, thread.getContextClassLoader());
        } finally {
            thread.setContextClassLoader(original);
        }
    }
}

package org.safegrid.reports.internal.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportSection;
import org.safegrid.reports.internal.model.ReportContent.DepartmentSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the departments' section contributors, all at once; one that fails or is too slow is left out and logged. */
final class Sections {

    private static final Logger LOG = LoggerFactory.getLogger(Sections.class);

    private Sections() {
    }

    static List<DepartmentSection> collect(List<ContributedSection> contributors, ReportRequest request,
            ExecutorService executor, long timeoutMillis) {
        List<Future<ReportSection>> futures = new ArrayList<>();
        for (ContributedSection contributed : contributors) {
            futures.add(executor.submit(() -> contributed.contributor().section(request)));
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        List<DepartmentSection> sections = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            ContributedSection contributed = contributors.get(i);
            try {
                ReportSection section = futures.get(i).get(Math.max(0, deadline - System.nanoTime()),
                        TimeUnit.NANOSECONDS);
                if (section != null) {
                    sections.add(new DepartmentSection(contributed.department(), section));
                }
            } catch (ExecutionException e) {
                LOG.warn("The report section of department {} failed for {}; left out", contributed.department(),
                        request.period().key(), e.getCause());
            } catch (TimeoutException e) {
                futures.get(i).cancel(true);
                LOG.warn("The report section of department {} took longer than {} ms; left out",
                        contributed.department(), timeoutMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while collecting report sections", e);
            }
        }
        sections.sort(Comparator.comparing(DepartmentSection::department)
                .thenComparing(s -> s.section().code()));
        return sections;
    }
}

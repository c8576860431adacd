package org.safegrid.reports.internal.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.safegrid.api.report.FigureDefinition;
import org.safegrid.api.report.FigureSet;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportFigureSource;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportTable;
import org.safegrid.api.report.ReportUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks every figure source for a request, all at once on the executor, and merges what they answer. A source that
 * fails or takes longer than the time limit is left out of the report (and logged); the others still count.
 */
public final class FigureRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FigureRunner.class);

    private final Supplier<List<ReportFigureSource>> sources;
    private final ExecutorService executor;
    private final long timeoutMillis;

    public FigureRunner(Supplier<List<ReportFigureSource>> sources, ExecutorService executor, long timeoutMillis) {
        this.sources = sources;
        this.executor = executor;
        this.timeoutMillis = timeoutMillis;
    }

    private record Answer(ReportFigureSource source, List<FigureDefinition> definitions, FigureSet set) {
    }

    public Figures compute(ReportRequest request) {
        List<ReportFigureSource> all = sources.get();
        List<Future<Answer>> futures = new ArrayList<>();
        for (ReportFigureSource source : all) {
            futures.add(executor.submit(() -> ask(source, request)));
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            Future<Answer> future = futures.get(i);
            try {
                answers.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                future.cancel(true);
                LOG.warn("Figure source {} took longer than {} ms for {}; left out of the report", all.get(i),
                        timeoutMillis, request.period().key());
            } catch (ExecutionException e) {
                LOG.warn("Figure source {} failed for {}; left out of the report", all.get(i),
                        request.period().key(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing a report", e);
            }
        }
        return merge(answers);
    }

    private static Answer ask(ReportFigureSource source, ReportRequest request) {
        long start = System.nanoTime();
        List<FigureDefinition> definitions = source.figures();
        FigureSet set = source.compute(request);
        if (set == null) {
            throw new IllegalStateException("the source answered nothing");
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Figure source {} took {} ms for {} {}", source.getClass().getName(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), request.period().key(),
                    request.scope());
        }
        return new Answer(source, definitions, set);
    }

    /** Merges the answers: definitions by code (the first source to define a code wins), values added up. */
    static Figures merge(List<Answer> answers) {
        Map<String, FigureDefinition> definitions = new LinkedHashMap<>();
        Map<ReportUnit, Map<String, FigureValue>> values = new HashMap<>();
        List<ReportTable> tables = new ArrayList<>();
        for (Answer answer : answers) {
            for (FigureDefinition definition : answer.definitions()) {
                FigureDefinition earlier = definitions.putIfAbsent(definition.code(), definition);
                if (earlier != null && earlier != definition) {
                    LOG.warn("Figure {} is defined by two sources; the second ({}) is ignored", definition.code(),
                            answer.source());
                }
            }
            answer.set().values().forEach((unit, map) -> {
                Map<String, FigureValue> target = values.computeIfAbsent(unit, u -> new HashMap<>());
                map.forEach((code, value) -> target.merge(code, value, FigureValue::plus));
            });
            tables.addAll(answer.set().tables());
        }
        List<FigureDefinition> ordered = new ArrayList<>(definitions.values());
        ordered.sort(Comparator.comparingInt(FigureDefinition::order).thenComparing(FigureDefinition::code));
        Map<ReportUnit, Map<String, FigureValue>> frozen = new HashMap<>();
        values.forEach((unit, map) -> frozen.put(unit, Map.copyOf(map)));
        return new Figures(ordered, frozen, tables);
    }
}

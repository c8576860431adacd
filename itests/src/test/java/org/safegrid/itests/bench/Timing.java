package org.safegrid.itests.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.safegrid.itests.Http;

/**
 * Times one GET: a few warm-up calls (the first compiles the queries), then {@value #RUNS} timed calls one after the
 * other. Only the status is asserted; the times are figures to print, never a pass or fail.
 */
final class Timing {

    static final int WARM_UP = 3;
    static final int RUNS = 20;

    record Result(String name, String user, String path, long[] millis, long total, int bytes) {

        double median() {
            return percentile(50);
        }

        double p95() {
            return percentile(95);
        }

        long max() {
            return millis[millis.length - 1];
        }

        /** Nearest-rank percentile of the sorted times. */
        private double percentile(int p) {
            int rank = (int) Math.ceil(p / 100.0 * millis.length);
            if (p == 50 && millis.length % 2 == 0) {
                return (millis[millis.length / 2 - 1] + millis[millis.length / 2]) / 2.0;
            }
            return millis[Math.max(0, rank - 1)];
        }
    }

    private Timing() {
    }

    static Result measure(String name, String user, Http http, String path) {
        Http.Response last = null;
        for (int i = 0; i < WARM_UP; i++) {
            last = ok(http, path);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            last = ok(http, path);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        long total = -1;
        if (last.body().startsWith("{")) {
            total = last.json().path("total").asLong(-1);
        }
        return new Result(name, user, path, millis, total, last.body().length());
    }

    private static Http.Response ok(Http http, String path) {
        Http.Response r = http.get(path);
        assertEquals(200, r.status(), () -> "GET " + path + ": " + r.body());
        return r;
    }
}

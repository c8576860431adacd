package org.safegrid.itests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps calling some endpoints from a background thread and records every answer that is not a 200, to show that
 * what happens meanwhile (a department deployed, removed, upgraded) fails no other request. Bounded: it stops by
 * itself after a few minutes.
 */
final class LoadLoop implements AutoCloseable {

    private static final long MAX_MILLIS = 5 * 60 * 1000;

    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    LoadLoop(Http http, String... paths) {
        thread = new Thread(() -> {
            long end = System.currentTimeMillis() + MAX_MILLIS;
            while (running.get() && System.currentTimeMillis() < end) {
                for (String path : paths) {
                    Http.Response r;
                    try {
                        r = http.get(path);
                    } catch (AssertionError e) {
                        failures.add(path + " -> " + e.getMessage());
                        continue;
                    }
                    requests.incrementAndGet();
                    if (r.status() != 200) {
                        failures.add(path + " -> " + r.status() + " " + r.body());
                    }
                }
                Karaf.sleep(5);
            }
        }, "itest-load-loop");
        thread.setDaemon(true);
        thread.start();
    }

    int requests() {
        return requests.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(10_000);
    }
}

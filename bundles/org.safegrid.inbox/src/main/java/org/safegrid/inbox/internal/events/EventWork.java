package org.safegrid.inbox.internal.events;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work the event handlers hand off, so that EventAdmin's delivering thread never waits for the database or a
 * department's rule: one thread, in order, with a bounded queue ({@value #QUEUE} tasks; beyond that a task is logged
 * and dropped rather than let memory grow).
 */
@Component(service = EventWork.class)
public class EventWork {

    static final int QUEUE = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(EventWork.class);

    private final ThreadPoolExecutor executor;

    @Activate
    public EventWork() {
        AtomicInteger threads = new AtomicInteger();
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(QUEUE), task -> {
            Thread thread = new Thread(task, "safegrid-inbox-events-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the task on the work thread; a failure is logged with {@code what}. */
    public void submit(String what, Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("Handling {} failed", what, e);
                }
            });
        } catch (RejectedExecutionException e) {
            if (executor.isShutdown()) {
                LOG.debug("Stopping: {} not handled", what);
            } else {
                LOG.warn("{} events are waiting; {} dropped", QUEUE, what);
            }
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Event work did not finish within 10 s; {} task(s) dropped", executor.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

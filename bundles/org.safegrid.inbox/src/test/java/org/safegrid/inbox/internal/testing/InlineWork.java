package org.safegrid.inbox.internal.testing;

import java.util.ArrayList;
import java.util.List;

import org.safegrid.inbox.internal.events.EventWork;

/** Event work that runs each task at once on the caller's thread, and remembers what it was handed. */
public final class InlineWork extends EventWork {

    public final List<String> submitted = new ArrayList<>();

    @Override
    public void submit(String what, Runnable task) {
        submitted.add(what);
        task.run();
    }
}

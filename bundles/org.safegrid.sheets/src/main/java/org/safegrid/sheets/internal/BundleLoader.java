package org.safegrid.sheets.internal;

import java.io.IOException;

/**
 * Runs POI with this bundle's class loader as the thread context class loader. XMLBeans (under poi-ooxml-lite) and
 * the JAXP factories look types and services up through the context class loader; inside OSGi that is whatever the
 * calling thread had (a CXF worker, a Karaf shell thread), which cannot see the classes embedded in this bundle.
 */
final class BundleLoader {

    /** A piece of work that may fail with an {@link IOException}. */
    @FunctionalInterface
    interface IoWork<T> {
        T run() throws IOException;
    }

    private BundleLoader() {
    }

    static <T> T call(IoWork<T> work) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(BundleLoader.class.getClassLoader());
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

package org.safegrid.fonts.internal;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parsed copies of one face, lent to one document at a time. Parsing a face takes far longer than drawing a page, so
 * a face is taken back once its document is closed (or, if nobody closes it, garbage collected) and lent to the next
 * document; at most {@code maxIdle} faces wait between documents, the others are closed. A parsed face reads its bytes
 * through one position, so two documents never share one.
 */
final class FacePool {

    /** Parses a new copy of the face. */
    @FunctionalInterface
    interface Parser {
        TrueTypeFont parse() throws IOException;
    }

    private record Loan(WeakReference<PDDocument> document, TrueTypeFont face) {
        boolean over() {
            PDDocument d = document.get();
            return d == null || d.getDocument().isClosed();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(FacePool.class);

    private final Parser parser;
    private final int maxIdle;
    private final Deque<TrueTypeFont> idle = new ArrayDeque<>();
    private final List<Loan> loans = new ArrayList<>();
    private boolean closed;

    FacePool(Parser parser, int maxIdle) {
        this.parser = parser;
        this.maxIdle = maxIdle;
    }

    /**
     * A face for this document: the one it already has, a waiting one, or a new one. The face stays the document's
     * until it is closed.
     */
    TrueTypeFont lend(PDDocument document) throws IOException {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the CJK fonts service has stopped");
            }
            reclaim();
            for (Loan loan : loans) {
                if (loan.document().get() == document) {
                    return loan.face();
                }
            }
            TrueTypeFont face = idle.poll();
            if (face != null) {
                loans.add(new Loan(new WeakReference<>(document), face));
                return face;
            }
        }
        TrueTypeFont face = parser.parse(); // slow: outside the lock
        synchronized (this) {
            loans.add(new Loan(new WeakReference<>(document), face));
        }
        return face;
    }

    /** How many faces wait for a document. */
    synchronized int idle() {
        reclaim();
        return idle.size();
    }

    /** How many faces documents hold. */
    synchronized int lent() {
        reclaim();
        return loans.size();
    }

    /** Closes the waiting faces; faces documents still hold are closed when they come back. */
    synchronized void close() {
        closed = true;
        reclaim();
        for (TrueTypeFont face = idle.poll(); face != null; face = idle.poll()) {
            close(face);
        }
    }

    private void reclaim() {
        for (Iterator<Loan> it = loans.iterator(); it.hasNext();) {
            Loan loan = it.next();
            if (loan.over()) {
                it.remove();
                if (!closed && idle.size() < maxIdle) {
                    idle.push(loan.face());
                } else {
                    close(loan.face());
                }
            }
        }
    }

    private static void close(TrueTypeFont face) {
        try {
            face.close();
        } catch (IOException e) {
            LOG.debug("Closing a parsed font failed", e);
        }
    }
}

package org.safegrid.itests.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Writes through to a stream and hands each complete line (UTF-8) to a consumer as well. */
final class LineTee extends OutputStream {

    private final PrintStream out;
    private final Consumer<String> lines;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineTee(PrintStream out, Consumer<String> lines) {
        this.out = out;
        this.lines = lines;
    }

    @Override
    public void write(int b) {
        out.write(b);
        if (b == '\n') {
            lines.accept(line.toString(StandardCharsets.UTF_8));
            line.reset();
        } else {
            line.write(b);
        }
    }

    @Override
    public void flush() {
        out.flush();
    }
}

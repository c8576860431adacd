package org.safegrid.itests.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs of a command line. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args, int from) {
        Map<String, String> options = new HashMap<>();
        for (int i = from; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value at " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}

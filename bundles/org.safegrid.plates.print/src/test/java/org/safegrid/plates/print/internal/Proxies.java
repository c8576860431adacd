package org.safegrid.plates.print.internal;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/** Test doubles of large interfaces: each named method answers from a map; any other call fails the test. */
public final class Proxies {

    private Proxies() {
    }

    /** An implementation whose methods named in {@code answers} return what the function gives for the arguments. */
    public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                if (method.getName().equals("toString")) {
                    return type.getSimpleName() + " double";
                }
                throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
            }
            return answer.apply(args == null ? new Object[0] : args);
        });
        return type.cast(proxy);
    }
}

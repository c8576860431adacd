package org.safegrid.core.internal.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

/** Reading the javax.ws.rs annotations the way JAX-RS applies them. */
final class Annotations {

    /** Header parameters OpenAPI ignores (authentication is described by the security schemes). */
    static final Set<String> RESERVED_HEADERS = Set.of("accept", "content-type", "authorization");

    private Annotations() {
    }

    /** The lower-case HTTP method of a resource method ({@code @GET} and friends, {@code @HttpMethod}), or null. */
    static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * The method that carries the JAX-RS annotations: the method itself, else the same method of a superclass or an
     * interface (JAX-RS annotation inheritance).
     */
    static Method declaring(Method m) {
        if (jaxrs(m)) {
            return m;
        }
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(m.getDeclaringClass());
        while (!types.isEmpty()) {
            Class<?> type = types.poll();
            for (Class<?> up : type.getInterfaces()) {
                types.add(up);
            }
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
            try {
                Method candidate = type.getDeclaredMethod(m.getName(), m.getParameterTypes());
                if (jaxrs(candidate)) {
                    return candidate;
                }
            } catch (NoSuchMethodException e) {
                // not declared there
            }
        }
        return m;
    }

    private static boolean jaxrs(Method m) {
        return httpMethod(m) != null || m.isAnnotationPresent(Path.class);
    }

    /** Whether a parameter annotation is one of JAX-RS's ({@code @Context}, {@code @FormParam}, ...). */
    static boolean isJaxrs(Annotation a) {
        return a.annotationType().getName().startsWith("javax.ws.rs.");
    }

    static String[] mediaTypes(Annotation a) {
        if (a instanceof Produces p) {
            return p.value();
        }
        return a instanceof Consumes c ? c.value() : null;
    }

    /** A {@code @DefaultValue} as the JSON value of the parameter's type, so that the schema stays valid. */
    static Object typed(String value, Object type) {
        try {
            return switch (String.valueOf(type)) {
                case "integer" -> Long.parseLong(value.trim());
                case "number" -> Double.parseDouble(value.trim());
                case "boolean" -> Boolean.parseBoolean(value.trim());
                default -> value;
            };
        } catch (NumberFormatException e) {
            return value;
        }
    }
}

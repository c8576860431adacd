package org.safegrid.core.internal.openapi;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Java types as OpenAPI 3.0 schemas. Records and simple beans become named schemas in {@link #components()} and are
 * referenced with {@code $ref}; everything else is inline. Generic records get one schema per use
 * ({@code PageDto<LogDto>} is {@code PageDto_LogDto}).
 */
final class Schemas {

    static final String REF = "#/components/schemas/";

    private final Map<String, Object> components = new TreeMap<>();
    private final Map<List<Type>, String> names = new HashMap<>();

    /** The named schemas so far, by name. */
    Map<String, Object> components() {
        return components;
    }

    /** Adds a hand-written named schema; a Java type of the same name then gets a longer one. */
    void define(String name, Map<String, Object> schema) {
        components.put(name, schema);
    }

    /** The schema of a type: inline, or a {@code $ref} to a named one. */
    Map<String, Object> of(Type type) {
        return of(type, Map.of());
    }

    private Map<String, Object> of(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound == null ? new LinkedHashMap<>() : of(bound, Map.of());
        }
        if (type instanceof WildcardType wildcard) {
            return of(wildcard.getUpperBounds()[0], bindings);
        }
        if (type instanceof GenericArrayType array) {
            return array(of(array.getGenericComponentType(), bindings));
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = Arrays.stream(p.getActualTypeArguments())
                    .map(a -> a instanceof TypeVariable<?> v && bindings.containsKey(v) ? bindings.get(v) : a)
                    .toArray(Type[]::new);
            if (raw == Optional.class) {
                return of(args[0], Map.of());
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return array(of(args[0], Map.of()));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map(of(args[1], Map.of()));
            }
            return named(raw, args);
        }
        return type instanceof Class<?> c ? of(c) : new LinkedHashMap<>();
    }

    private Map<String, Object> of(Class<?> c) {
        Map<String, Object> simple = SimpleTypes.schema(c);
        if (simple != null) {
            return simple;
        }
        if (c.isEnum()) {
            Map<String, Object> schema = schema("type", "string");
            schema.put("enum", Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
            return schema;
        }
        if (c.isArray()) {
            return array(of(c.getComponentType()));
        }
        if (Collection.class.isAssignableFrom(c)) {
            return array(new LinkedHashMap<>());
        }
        if (Map.class.isAssignableFrom(c)) {
            return map(new LinkedHashMap<>());
        }
        if (c.isPrimitive() || c.isInterface() || c.getName().startsWith("java.")) {
            return new LinkedHashMap<>();
        }
        return named(c, new Type[0]);
    }

    private Map<String, Object> named(Class<?> raw, Type[] args) {
        List<Type> key = new ArrayList<>();
        key.add(raw);
        key.addAll(Arrays.asList(args));
        String name = names.get(key);
        if (name == null) {
            name = freeName(raw, args);
            names.put(key, name);
            components.put(name, Map.of());
            Map<TypeVariable<?>, Type> bindings = new HashMap<>();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            for (int i = 0; i < variables.length && i < args.length; i++) {
                bindings.put(variables[i], args[i]);
            }
            components.put(name, object(raw, bindings));
        }
        return schema("$ref", REF + name);
    }

    private Map<String, Object> object(Class<?> c, Map<TypeVariable<?>, Type> bindings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                properties.put(rc.getName(), of(rc.getGenericType(), bindings));
                if (rc.getType().isPrimitive()) {
                    required.add(rc.getName());
                }
            }
        } else {
            Map<String, Method> getters = new TreeMap<>();
            for (Method m : c.getMethods()) {
                String property = property(m);
                if (property != null) {
                    getters.put(property, m);
                }
            }
            getters.forEach((p, m) -> properties.put(p, of(m.getGenericReturnType(), bindings)));
        }
        Map<String, Object> schema = schema("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    /** The bean property a public getter reads, or null. */
    private static String property(Method m) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0 || m.getDeclaringClass() == Object.class) {
            return null;
        }
        String n = m.getName();
        int skip = n.startsWith("get") && m.getReturnType() != void.class
                ? 3
                : n.startsWith("is") && m.getReturnType() == boolean.class ? 2 : 0;
        if (skip == 0 || n.length() == skip) {
            return null;
        }
        return Character.toLowerCase(n.charAt(skip)) + n.substring(skip + 1);
    }

    /** The simple name (with its type arguments), else the enclosing class's too, else the full name. */
    private String freeName(Class<?> raw, Type[] args) {
        String suffix = Arrays.stream(args).map(Schemas::label).map(s -> "_" + s).collect(Collectors.joining());
        List<String> candidates = new ArrayList<>(List.of(raw.getSimpleName() + suffix));
        if (raw.getEnclosingClass() != null) {
            candidates.add(raw.getEnclosingClass().getSimpleName() + "." + raw.getSimpleName() + suffix);
        }
        candidates.add(raw.getName().replace('$', '.') + suffix);
        for (String candidate : candidates) {
            String clean = candidate.replaceAll("[^A-Za-z0-9._-]", "");
            if (!components.containsKey(clean)) {
                return clean;
            }
        }
        String first = candidates.get(0).replaceAll("[^A-Za-z0-9._-]", "");
        int n = 2;
        while (components.containsKey(first + "_" + n)) {
            n++;
        }
        return first + "_" + n;
    }

    private static String label(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            return raw.getSimpleName()
                    + Arrays.stream(p.getActualTypeArguments()).map(Schemas::label).collect(Collectors.joining());
        }
        return type instanceof Class<?> c ? c.getSimpleName().replace("[]", "Array") : "Object";
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        Map<String, Object> schema = schema("type", "array");
        schema.put("items", items);
        return schema;
    }

    private static Map<String, Object> map(Map<String, Object> values) {
        Map<String, Object> schema = schema("type", "object");
        schema.put("additionalProperties", values.isEmpty() ? true : values);
        return schema;
    }

    static Map<String, Object> schema(String key, Object value) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put(key, value);
        return schema;
    }
}

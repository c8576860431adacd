package org.safegrid.core.internal.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The operations of one JAX-RS resource class, read from its javax.ws.rs annotations: the resource methods (those
 * with an HTTP method annotation; sub-resource locators are not followed), their parameters, entity and answer.
 */
final class Operations {

    /** One operation: its full path template, lower-case HTTP method, Java method name and OpenAPI body. */
    record Operation(String path, String method, String javaName, Map<String, Object> body) {
    }

    private static final List<String> JSON = List.of(MediaType.APPLICATION_JSON);

    private Operations() {
    }

    static List<Operation> of(Class<?> resource, String base, Schemas schemas) {
        Path root = resource.getAnnotation(Path.class);
        if (root == null) {
            return List.of();
        }
        List<Operation> operations = new ArrayList<>();
        for (Method m : resource.getMethods()) {
            if (m.isBridge() || m.isSynthetic() || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Method annotated = Annotations.declaring(m);
            String http = Annotations.httpMethod(annotated);
            if (http != null) {
                Path sub = annotated.getAnnotation(Path.class);
                String path = Paths.join(base, root.value(), sub == null ? "" : sub.value());
                operations.add(new Operation(path, http, m.getName(),
                        operation(resource, annotated, path, http, schemas)));
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method)
                .thenComparing(Operation::javaName));
        return operations;
    }

    private static Map<String, Object> operation(Class<?> resource, Method m, String path, String http,
            Schemas schemas) {
        List<Object> parameters = new ArrayList<>();
        List<String> declared = new ArrayList<>();
        Type entity = null;
        Annotation[][] annotations = m.getParameterAnnotations();
        Type[] types = m.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            Map<String, Object> parameter = parameter(annotations[i], types[i], schemas);
            if (parameter != null) {
                parameters.add(parameter);
                if ("path".equals(parameter.get("in"))) {
                    declared.add((String) parameter.get("name"));
                }
            } else if (Arrays.stream(annotations[i]).noneMatch(Annotations::isJaxrs)) {
                entity = types[i];
            }
        }
        for (String name : Paths.variables(path)) {
            if (!declared.contains(name)) {
                parameters.add(pathParameter(name, Schemas.schema("type", "string")));
            }
        }
        Map<String, Object> operation = new LinkedHashMap<>();
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (entity != null) {
            Map<String, Object> body = Schemas.schema("required", true);
            body.put("content", content(mediaTypes(m, resource, Consumes.class), schemas.of(entity)));
            operation.put("requestBody", body);
        }
        operation.put("responses", responses(resource, m, http, schemas));
        if (m.isAnnotationPresent(Deprecated.class)) {
            operation.put("deprecated", true);
        }
        return operation;
    }

    private static Map<String, Object> parameter(Annotation[] annotations, Type type, Schemas schemas) {
        String in = null;
        String name = null;
        String fallback = null;
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                return pathParameter(p.value(), plain(schemas.of(type)));
            } else if (a instanceof QueryParam q) {
                in = "query";
                name = q.value();
            } else if (a instanceof HeaderParam h) {
                in = "header";
                name = h.value();
            } else if (a instanceof CookieParam c) {
                in = "cookie";
                name = c.value();
            } else if (a instanceof DefaultValue d) {
                fallback = d.value();
            }
        }
        if (in == null || "header".equals(in) && Annotations.RESERVED_HEADERS.contains(name.toLowerCase())) {
            return null;
        }
        Map<String, Object> parameter = Schemas.schema("name", name);
        parameter.put("in", in);
        Map<String, Object> schema = plain(schemas.of(type));
        if (fallback != null) {
            schema.put("default", Annotations.typed(fallback, schema.get("type")));
        }
        parameter.put("schema", schema);
        return parameter;
    }

    private static Map<String, Object> pathParameter(String name, Map<String, Object> schema) {
        Map<String, Object> parameter = Schemas.schema("name", name);
        parameter.put("in", "path");
        parameter.put("required", true);
        parameter.put("schema", schema);
        return parameter;
    }

    /** Parameters are text on the wire: a type read from a string by its own factory is a string. */
    private static Map<String, Object> plain(Map<String, Object> schema) {
        return schema.containsKey("$ref") ? Schemas.schema("type", "string") : new LinkedHashMap<>(schema);
    }

    private static Map<String, Object> responses(Class<?> resource, Method m, String http, Schemas schemas) {
        List<String> produces = mediaTypes(m, resource, Produces.class);
        Type type = m.getGenericReturnType();
        if (type instanceof ParameterizedType p && p.getRawType() == CompletionStage.class) {
            type = p.getActualTypeArguments()[0];
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        if (type == void.class && produces.contains(MediaType.SERVER_SENT_EVENTS)) {
            responses.put("200", response("Event stream", content(List.of(MediaType.SERVER_SENT_EVENTS),
                    Schemas.schema("type", "string"))));
        } else if (type == void.class || type == Void.class) {
            responses.put("204", response("No content", null));
        } else if (type instanceof Class<?> c && Response.class.isAssignableFrom(c)) {
            boolean created = "post".equals(http);
            responses.put(created ? "201" : "200", response(created ? "Created" : "OK", content(produces, null)));
        } else {
            responses.put("200", response("OK", content(produces, schemas.of(type))));
        }
        return responses;
    }

    static Map<String, Object> response(String description, Map<String, Object> content) {
        Map<String, Object> response = Schemas.schema("description", description);
        if (content != null) {
            response.put("content", content);
        }
        return response;
    }

    static Map<String, Object> content(List<String> mediaTypes, Map<String, Object> schema) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String type : mediaTypes) {
            content.put(type, schema == null ? new LinkedHashMap<>() : Schemas.schema("schema", schema));
        }
        return content;
    }

    /** The method's {@code @Produces}/{@code @Consumes}, else the class's, else JSON. */
    private static List<String> mediaTypes(Method m, Class<?> resource, Class<? extends Annotation> kind) {
        String[] values = Annotations.mediaTypes(m.getAnnotation(kind));
        if (values == null) {
            values = Annotations.mediaTypes(resource.getAnnotation(kind));
        }
        List<String> types = values == null
                ? List.of()
                : Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                        .filter(v -> !v.isEmpty()).distinct().toList();
        return types.isEmpty() ? JSON : types;
    }
}

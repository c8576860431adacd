package org.safegrid.core.internal.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An OpenAPI 3.0.3 description of JAX-RS resource classes, as nested maps and lists for the JSON provider. Paths
 * carry the {@code /api} prefix and the server is {@code /}. Plain Java: no OSGi, testable on its own.
 */
public final class OpenApiGenerator {

    public static final String BASE = "/api";

    /** What the security bundle's AuthFilter lets through without a login: these need no credentials. */
    static final Set<String> PUBLIC = Set.of("GET /api/health", "POST /api/auth/login", "GET /api/events",
            "GET /api/openapi.json");

    /** Status, component name and description of the error answers every operation may give. */
    private static final List<List<String>> ERRORS = List.of(List.of("400", "BadRequest", "Malformed request"),
            List.of("401", "Unauthorized", "Not logged in"), List.of("403", "Forbidden", "Not allowed"),
            List.of("404", "NotFound", "Not found"), List.of("409", "Conflict", "Conflict with the current state"),
            List.of("413", "PayloadTooLarge", "Body too large (1 MiB by default)"),
            List.of("422", "UnprocessableEntity", "Validation failed: details.fields maps each field to a message"));

    private static final List<String> METHOD_ORDER = List.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private final String version;

    public OpenApiGenerator(String version) {
        this.version = version;
    }

    /** The description of these resource classes; a class without {@code @Path} adds nothing. */
    public Map<String, Object> generate(Collection<Class<?>> resources) {
        Schemas schemas = new Schemas();
        schemas.define("Error", errorSchema());
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        Set<String> tags = new TreeSet<>(Comparator.comparing((String t) -> t.startsWith("dept/"))
                .thenComparing(Comparator.naturalOrder()));
        Set<String> operationIds = new HashSet<>();
        List<Class<?>> sorted = new ArrayList<>(new LinkedHashSet<>(resources));
        sorted.sort(Comparator.comparing(Class::getName));
        for (Class<?> resource : sorted) {
            for (Operations.Operation o : Operations.of(resource, BASE, schemas)) {
                if (!METHOD_ORDER.contains(o.method())) {
                    continue; // OpenAPI knows no other methods
                }
                Map<String, Object> item = paths.computeIfAbsent(o.path(),
                        p -> new TreeMap<>(Comparator.comparing(METHOD_ORDER::indexOf)));
                if (item.containsKey(o.method())) {
                    continue;
                }
                String tag = Paths.tag(BASE, o.path());
                tags.add(tag);
                item.put(o.method(),
                        operation(o, tag, unique(operationIds, resource.getSimpleName() + "_" + o.javaName())));
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", info());
        document.put("servers", List.of(Schemas.schema("url", "/")));
        document.put("tags", tags.stream().map(OpenApiGenerator::tag).toList());
        Map<String, Object> pathMap = new LinkedHashMap<>();
        paths.forEach((path, item) -> pathMap.put(path, new LinkedHashMap<>(item)));
        document.put("paths", pathMap);
        document.put("components", components(schemas));
        document.put("security",
                List.of(Schemas.schema("basicAuth", List.of()), Schemas.schema("bearerAuth", List.of())));
        return document;
    }

    private static Map<String, Object> operation(Operations.Operation o, String tag, String operationId) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("tags", List.of(tag));
        operation.put("operationId", operationId);
        operation.putAll(o.body());
        boolean open = PUBLIC.contains(o.method().toUpperCase(Locale.ROOT) + " " + o.path());
        @SuppressWarnings("unchecked")
        Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
        for (List<String> error : ERRORS) {
            if (!open || !List.of("401", "403").contains(error.get(0))) {
                responses.putIfAbsent(error.get(0), Schemas.schema("$ref", "#/components/responses/" + error.get(1)));
            }
        }
        if (open) {
            operation.put("security", List.of());
        }
        return operation;
    }

    private static String unique(Set<String> taken, String wanted) {
        String id = wanted;
        for (int n = 2; !taken.add(id); n++) {
            id = wanted + "_" + n;
        }
        return id;
    }

    private Map<String, Object> info() {
        Map<String, Object> info = Schemas.schema("title", "SafeGrid API");
        info.put("description", "The REST API of the SafeGrid platform and of the department modules deployed right"
                + " now. Log in with HTTP Basic, a Bearer token from POST /api/auth/login, or the SG_TOKEN cookie"
                + " that login sets. Errors are {code, message, details}.");
        info.put("version", version);
        return info;
    }

    private static Map<String, Object> tag(String name) {
        Map<String, Object> tag = Schemas.schema("name", name);
        if (name.startsWith("dept/")) {
            tag.put("description", "Department module " + name.substring(5));
        }
        return tag;
    }

    private static Map<String, Object> errorSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", Schemas.schema("type", "string"));
        properties.put("message", Schemas.schema("type", "string"));
        Map<String, Object> details = Schemas.schema("type", "object");
        details.put("additionalProperties", true);
        properties.put("details", details);
        Map<String, Object> schema = Schemas.schema("type", "object");
        schema.put("required", List.of("code", "message"));
        schema.put("properties", properties);
        return schema;
    }

    private static Map<String, Object> components(Schemas schemas) {
        Map<String, Object> responses = new LinkedHashMap<>();
        for (List<String> error : ERRORS) {
            responses.put(error.get(1), Operations.response(error.get(2),
                    Operations.content(List.of("application/json"), Schemas.schema("$ref", Schemas.REF + "Error"))));
        }
        Map<String, Object> basic = Schemas.schema("type", "http");
        basic.put("scheme", "basic");
        Map<String, Object> bearer = Schemas.schema("type", "http");
        bearer.put("scheme", "bearer");
        Map<String, Object> securitySchemes = new LinkedHashMap<>();
        securitySchemes.put("basicAuth", basic);
        securitySchemes.put("bearerAuth", bearer);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", new LinkedHashMap<>(schemas.components()));
        components.put("responses", responses);
        components.put("securitySchemes", securitySchemes);
        return components;
    }
}

package org.safegrid.core.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiGeneratorTest {

    private final Map<String, Object> doc = new OpenApiGenerator("1.2.3").generate(List.of(
            Samples.InspectionResource.class, Samples.LoginResource.class, Samples.NotAResource.class));

    /** Follows a path of map keys and list indexes, failing with the path when a step is missing. */
    private Object at(Object node, Object... steps) {
        Object current = node;
        for (Object step : steps) {
            if (step instanceof Integer i && current instanceof List<?> list && i < list.size()) {
                current = list.get(i);
            } else if (current instanceof Map<?, ?> map && map.containsKey(step)) {
                current = map.get(step);
            } else {
                throw new AssertionError("no " + step + " in " + current + " (path " + List.of(steps) + ")");
            }
        }
        return current;
    }

    private Map<?, ?> schema(String name) {
        return (Map<?, ?>) at(doc, "components", "schemas", name);
    }

    /** The schema a $ref points to. */
    private Map<?, ?> resolve(Object ref) {
        String value = (String) at(ref, "$ref");
        assertTrue(value.startsWith("#/components/schemas/"), value);
        return schema(value.substring("#/components/schemas/".length()));
    }

    @Test
    void headerInfoServersAndSecuritySchemes() {
        assertEquals("3.0.3", doc.get("openapi"));
        assertEquals("SafeGrid API", at(doc, "info", "title"));
        assertEquals("1.2.3", at(doc, "info", "version"));
        assertEquals("/", at(doc, "servers", 0, "url"));
        assertEquals("basic", at(doc, "components", "securitySchemes", "basicAuth", "scheme"));
        assertEquals("bearer", at(doc, "components", "securitySchemes", "bearerAuth", "scheme"));
        assertEquals(List.of(Map.of("basicAuth", List.of()), Map.of("bearerAuth", List.of())), doc.get("security"));
    }

    @Test
    void pathsCarryTheApiPrefixWithoutRegexOrTrailingSlash() {
        Map<?, ?> paths = (Map<?, ?>) doc.get("paths");
        assertEquals(List.of("/api/auth/login", "/api/auth/me", "/api/dept/sample/inspections",
                "/api/dept/sample/inspections/{id}", "/api/dept/sample/inspections/{id}/notes"),
                List.copyOf(paths.keySet()));
        assertEquals(List.of("get", "put", "delete"),
                List.copyOf(((Map<?, ?>) paths.get("/api/dept/sample/inspections/{id}")).keySet()));
    }

    @Test
    void tagsAndUniqueOperationIds() {
        assertEquals(List.of("dept/sample"), at(doc, "paths", "/api/dept/sample/inspections", "get", "tags"));
        assertEquals(List.of("auth"), at(doc, "paths", "/api/auth/login", "post", "tags"));
        assertEquals("auth", at(doc, "tags", 0, "name"));
        assertEquals("dept/sample", at(doc, "tags", 1, "name"));
        assertEquals("InspectionResource_list", at(doc, "paths", "/api/dept/sample/inspections", "get", "operationId"));
        assertEquals("LoginResource_login", at(doc, "paths", "/api/auth/login", "post", "operationId"));
    }

    @Test
    void queryParametersWithSimpleSchemasEnumsAndDefaults() {
        List<?> parameters = (List<?>) at(doc, "paths", "/api/dept/sample/inspections", "get", "parameters");
        assertEquals(3, parameters.size(), "the @Context parameter is not one: " + parameters);
        assertEquals(Map.of("name", "page", "in", "query", "schema",
                Map.of("type", "integer", "format", "int32", "default", 0L)), parameters.get(0));
        assertEquals(Map.of("type", "string", "enum", List.of("LOW", "HIGH")), at(parameters, 1, "schema"));
        assertEquals(Map.of("type", "string", "format", "date"), at(parameters, 2, "schema"));
        assertNull(((Map<?, ?>) at(doc, "paths", "/api/dept/sample/inspections", "get")).get("requestBody"));
    }

    @Test
    void pathAndHeaderParametersButNotAuthorization() {
        List<?> parameters = (List<?>) at(doc, "paths", "/api/dept/sample/inspections/{id}", "get", "parameters");
        assertEquals(2, parameters.size(), parameters.toString());
        assertEquals(Map.of("name", "id", "in", "path", "required", true, "schema",
                Map.of("type", "integer", "format", "int64")), parameters.get(0));
        assertEquals("X-Trace", at(parameters, 1, "name"));
        assertEquals("header", at(parameters, 1, "in"));
    }

    @Test
    void postWithABodyAnswers201WithoutSchemaAndReferencesTheInputRecord() {
        Map<?, ?> post = (Map<?, ?>) at(doc, "paths", "/api/dept/sample/inspections", "post");
        assertEquals(true, at(post, "requestBody", "required"));
        Map<?, ?> input = resolve(at(post, "requestBody", "content", "application/json", "schema"));
        assertEquals(List.of("summary", "level", "day"), List.copyOf(((Map<?, ?>) input.get("properties")).keySet()));
        assertEquals(Map.of(), at(post, "responses", "201", "content", "application/json"));
        assertFalse(((Map<?, ?>) post.get("responses")).containsKey("200"));
        assertNull(post.get("parameters"), "the @Context parameter is neither a parameter nor the body");
    }

    @Test
    void sharedErrorAnswersReferenceTheErrorSchema() {
        Map<?, ?> responses = (Map<?, ?>) at(doc, "paths", "/api/dept/sample/inspections/{id}", "put", "responses");
        for (String status : List.of("200", "400", "401", "403", "404", "409", "413", "422")) {
            assertTrue(responses.containsKey(status), status + " in " + responses.keySet());
        }
        Object ref = at(responses, "422", "$ref");
        assertEquals("#/components/responses/UnprocessableEntity", ref);
        assertEquals(Map.of("$ref", "#/components/schemas/Error"),
                at(doc, "components", "responses", "UnprocessableEntity", "content", "application/json", "schema"));
        assertEquals(List.of("code", "message", "details"),
                List.copyOf(((Map<?, ?>) schema("Error").get("properties")).keySet()));
        assertEquals("No content",
                at(doc, "paths", "/api/dept/sample/inspections/{id}", "delete", "responses", "204", "description"));
    }

    @Test
    void publicOperationsNeedNoCredentials() {
        Map<?, ?> login = (Map<?, ?>) at(doc, "paths", "/api/auth/login", "post");
        assertEquals(List.of(), login.get("security"));
        assertFalse(((Map<?, ?>) login.get("responses")).containsKey("401"));
        Map<?, ?> me = (Map<?, ?>) at(doc, "paths", "/api/auth/me", "get");
        assertNull(me.get("security"), "the document's security applies");
        assertTrue(((Map<?, ?>) me.get("responses")).containsKey("401"));
    }

    @Test
    void recordComponentsBecomeTypedProperties() {
        Object pageRef = at(doc, "paths", "/api/dept/sample/inspections", "get", "responses", "200", "content",
                "application/json", "schema");
        assertEquals("#/components/schemas/Page_Inspection", at(pageRef, "$ref"));
        Map<?, ?> inspection = resolve(at(schema("Page_Inspection"), "properties", "items", "items"));
        Map<?, ?> p = (Map<?, ?>) inspection.get("properties");
        assertEquals(Map.of("type", "integer", "format", "int64"), p.get("id"));
        assertEquals(Map.of("type", "string"), p.get("summary"));
        assertEquals(Map.of("type", "integer", "format", "int32"), p.get("count"));
        assertEquals(Map.of("type", "boolean"), p.get("urgent"));
        assertEquals(Map.of("type", "number"), p.get("fine"));
        assertEquals(Map.of("type", "string", "format", "date"), p.get("day"));
        assertEquals(Map.of("type", "string", "format", "date-time"), p.get("at"));
        assertEquals(Map.of("type", "string", "format", "date-time"), p.get("created"));
        assertEquals(Map.of("type", "string", "enum", List.of("LOW", "HIGH")), p.get("level"));
        assertEquals(Map.of("type", "array", "items", Map.of("type", "string")), p.get("tags"));
        assertEquals(Map.of("type", "object", "additionalProperties", true), p.get("extra"));
        assertEquals(Map.of("type", "number", "format", "double"), at(resolve(p.get("place")), "properties", "lat"));
        assertEquals(p.get("place"), at(p.get("stops"), "items"));
        assertEquals(List.of("count", "total", "closed"), inspection.get("required"));
    }

    @Test
    void beansAndClashingNames() {
        Object notes = at(doc, "paths", "/api/dept/sample/inspections/{id}/notes", "get", "responses", "200",
                "content", "application/json", "schema", "items");
        assertEquals(Map.of("text", Map.of("type", "string"), "pinned", Map.of("type", "boolean")),
                at(resolve(notes), "properties"));
        Object other = at(doc, "paths", "/api/auth/me", "get", "responses", "200", "content", "application/json",
                "schema");
        assertNotEquals("#/components/schemas/Place", at(other, "$ref"));
        assertEquals(Map.of("code", Map.of("type", "string")), at(resolve(other), "properties"));
        assertEquals(Map.of("type", "string"), at(schema("Place"), "properties", "town"));
    }

    @Test
    void theDocumentIsPlainJson() throws Exception {
        String json = new ObjectMapper().writeValueAsString(doc);
        assertTrue(json.startsWith("{\"openapi\":\"3.0.3\""), json.substring(0, 40));
    }

    @Test
    void regexAndTags() {
        assertEquals("/api/x/{id}/{name}", Paths.join("/api", "/x/", "{ id : \\d{1,3}}/{name}/"));
        assertEquals("openapi", Paths.tag("/api", "/api/openapi.json"));
        assertEquals("dept/emergency", Paths.tag("/api", "/api/dept/emergency/log/{id}"));
    }
}

package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/** The OpenAPI description at /api/openapi.json and the Swagger UI page at /ui/api-docs/, without logging in. */
@ExtendWith(SharedKaraf.class)
class OpenApiIT {

    private static final String SCHEMAS = "#/components/schemas/";

    private static Http anonymous;
    private static JsonNode doc;

    @BeforeAll
    static void fetch(Karaf karaf) {
        anonymous = karaf.http();
        Http.Response r = anonymous.get("/api/openapi.json");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        doc = r.json();
    }

    @Test
    void itIsOpenApi303ForTheApiPrefix() {
        assertEquals("3.0.3", doc.path("openapi").asText());
        assertEquals("SafeGrid API", doc.path("info").path("title").asText());
        assertFalse(doc.path("info").path("version").asText().isEmpty());
        assertEquals("/", doc.path("servers").path(0).path("url").asText());
        assertEquals("basic", doc.at("/components/securitySchemes/basicAuth/scheme").asText());
        assertEquals("bearer", doc.at("/components/securitySchemes/bearerAuth/scheme").asText());
    }

    @Test
    void itDescribesThePlatformAndTheDeployedDepartment() {
        JsonNode paths = doc.path("paths");
        Map<String, List<String>> expected = Map.of("/api/health", List.of("get"), "/api/auth/login", List.of("post"),
          "/api/users", List.of("get", "post"), "/api/modules", List.of("get"), "/api/dept/emergency/log",
          List.of("get", "post"));
        expected.forEach((path, methods) -> {
            for (String method : methods) {
                assertTrue(paths.path(path).has(method), method + " " + path + " in " + paths.fieldNames());
            }
        });
        assertEquals("dept/emergency", operation("/api/dept/emergency/log", "post").path("tags").path(0).asText());
        assertEquals("users", operation("/api/users", "get").path("tags").path(0).asText());
    }

    @Test
    void onlyThePublicOperationsNeedNoCredentials() {
        for (String[] open : new String[][]{{"/api/health", "get"}, {"/api/auth/login", "post"},
            {"/api/openapi.json", "get"}}) {
            JsonNode security = operation(open[0], open[1]).path("security");
            assertTrue(security.isArray() && security.isEmpty(), open[1] + " " + open[0] + ": " + security);
        }
        assertTrue(operation("/api/users", "get").path("security").isMissingNode(), "the document's security applies");
        assertEquals(2, doc.path("security").size(), doc.path("security").toString());
    }

    @Test
    void theDutyLogPostTakesAnEntryWithASummary() {
        JsonNode post = operation("/api/dept/emergency/log", "post");
        String ref = post.at("/requestBody/content/application~1json/schema/$ref").asText();
        assertTrue(ref.startsWith(SCHEMAS), post.toString());
        JsonNode schema = doc.path("components").path("schemas").path(ref.substring(SCHEMAS.length()));
        assertTrue(schema.path("properties").has("summary"), ref + ": " + schema);
        assertEquals("string", schema.at("/properties/summary/type").asText());
        assertTrue(post.path("responses").has("201"), post.path("responses").toString());
        assertEquals("#/components/responses/UnprocessableEntity", post.at("/responses/422/$ref").asText());
        assertTrue(doc.at("/components/schemas/Error/properties").has("code"));
    }

    @Test
    void theDocsPageAndSwaggerUiAreServedFromThisServer() {
        Http.Response page = anonymous.get("/ui/api-docs/");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("SafeGrid 接口文档"), page.body());
        assertFalse(page.body().contains("https://"), "nothing from outside: " + page.body());
        Http.Response script = anonymous.get("/ui/api-docs/api-docs.js");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("/api/openapi.json"), script.body());
        Http.Response bundle = anonymous.get("/ui/lib/swagger-ui/swagger-ui-bundle.js");
        assertEquals(200, bundle.status());
        assertTrue(bundle.contentType().startsWith("text/javascript"), bundle.contentType());
        assertTrue(bundle.body().contains("SwaggerUIBundle"));
        assertEquals(200, anonymous.get("/ui/lib/swagger-ui/swagger-ui-standalone-preset.js").status());
        Http.Response css = anonymous.get("/ui/lib/swagger-ui/swagger-ui.css");
        assertEquals(200, css.status());
        assertTrue(css.contentType().startsWith("text/css"), css.contentType());
    }

    private static JsonNode operation(String path, String method) {
        JsonNode operation = doc.path("paths").path(path).path(method);
        assertFalse(operation.isMissingNode(), method + " " + path);
        return operation;
    }
}

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

/** The platform's REST surface on a running distribution: health, login, roles, errors. */
@ExtendWith(SharedKaraf.class)
class PlatformIT {

    private static Http anonymous;
    private static Http admin;

    @BeforeAll
    static void users(Karaf karaf) {
        anonymous = karaf.http();
        admin = anonymous.admin();
        Users.ensure(admin, "it.emergency", "dept-emergency");
        Users.ensure(admin, "it.planning", "dept-planning");
        Users.ensure(admin, "it.committee", "committee");
    }

    @Test
    void healthIsPublicAndListsTheEmergencyModuleWithItsSchemaVersion() {
        Http.Response r = anonymous.get("/api/health");
        assertEquals(200, r.status(), r.body());
        assertEquals("UP", r.json().path("status").asText());
        JsonNode emergency = find(r.json().path("modules"), "emergency");
        assertEquals("应急办", emergency.path("name").path("zh").asText());
        assertFalse(emergency.path("schemaVersion").asText().isEmpty(), r.body());
    }

    @Test
    void everythingElseNeedsALogin() {
        for (String path : List.of("/api/modules", "/api/users", "/api/auth/me", "/api/dept/emergency/log")) {
            Http.Response r = anonymous.get(path);
            assertEquals(401, r.status(), path + ": " + r.body());
            assertEquals("unauthorized", r.json().path("code").asText());
        }
    }

    @Test
    void wrongPasswordIs401WithJsonNotAStackTrace() {
        Http.Response login = anonymous.post("/api/auth/login", Map.of("username", "admin", "password", "wrong"));
        assertEquals(401, login.status());
        assertEquals("bad_credentials", login.json().path("code").asText());
        Http.Response basic = anonymous.as("admin", "wrong").get("/api/modules");
        assertEquals(401, basic.status());
        assertFalse(basic.body().contains("Exception"), basic.body());
    }

    @Test
    void karafDefaultCredentialsDoNotWorkAnywhere(Karaf karaf) {
        assertEquals(401, anonymous.as("karaf", "karaf").get("/api/modules").status());
        String ssh = karaf.ssh("karaf", "karaf", "bundle:list");
        assertFalse(ssh.contains("Active"), ssh);
    }

    @Test
    void loginGivesATokenThatWorksAsBearer() {
        Http.Response login = anonymous.post("/api/auth/login",
          Map.of("username", "it.emergency", "password", Users.PASSWORD));
        assertEquals(200, login.status(), login.body());
        String token = login.json().path("token").asText();
        Http.Response me = anonymous.bearer(token).get("/api/auth/me");
        assertEquals(200, me.status());
        assertEquals("it.emergency", me.json().path("username").asText());
        assertTrue(me.json().path("permissions").toString().contains("emergency:*"));
        assertEquals(204, anonymous.bearer(token).post("/api/auth/logout", Map.of()).status());
        assertEquals(401, anonymous.bearer(token).get("/api/auth/me").status());
    }

    @Test
    void modulesListShowsADepartmentOnlyToThoseWhoMaySeeIt() {
        Http.Response own = anonymous.as("it.emergency", Users.PASSWORD).get("/api/modules");
        assertEquals("emergency", own.json().path(0).path("id").asText(), own.body());
        assertEquals("/ui/modules/emergency/index.js", own.json().path(0).path("uiModule").asText());
        assertEquals(1, own.json().size(), "its own module only: " + own.body());
        Http.Response other = anonymous.as("it.planning", Users.PASSWORD).get("/api/modules");
        assertEquals(1, other.json().size(), other.body());
        assertEquals("planning", other.json().path(0).path("id").asText(), other.body());
        Http.Response committee = anonymous.as("it.committee", Users.PASSWORD).get("/api/modules");
        assertEquals(6, committee.json().size(), "the committee sees all six: " + committee.body());
    }

    @Test
    void anotherDepartmentGets403AndChangesNothing() {
        Http planning = anonymous.as("it.planning", Users.PASSWORD);
        assertEquals(403, planning.get("/api/dept/emergency/log").status());
        long before = admin.get("/api/dept/emergency/log").json().path("total").asLong();
        Http.Response write = planning.post("/api/dept/emergency/log", DutyLog.entry("不该写入"));
        assertEquals(403, write.status(), write.body());
        assertEquals("forbidden", write.json().path("code").asText());
        assertEquals(before, admin.get("/api/dept/emergency/log").json().path("total").asLong());
        Http committee = anonymous.as("it.committee", Users.PASSWORD);
        assertEquals(200, committee.get("/api/dept/emergency/log").status());
        assertEquals(403, committee.post("/api/dept/emergency/log", DutyLog.entry("委员会只读")).status());
    }

    @Test
    void malformedJsonIs400() {
        Http.Response r = admin.raw("POST", "/api/dept/emergency/log", "{\"summary\": ", "application/json");
        assertEquals(400, r.status(), r.body());
        assertEquals("malformed_json", r.json().path("code").asText());
    }

    @Test
    void aFieldTooLongIs422NamingTheFieldAndStoresNothing() {
        long before = admin.get("/api/dept/emergency/log").json().path("total").asLong();
        Map<String, Object> entry = DutyLog.entry("x".repeat(201));
        Http.Response r = admin.post("/api/dept/emergency/log", entry);
        assertEquals(422, r.status(), r.body());
        assertTrue(r.json().path("details").path("fields").has("summary"), r.body());
        assertEquals(before, admin.get("/api/dept/emergency/log").json().path("total").asLong());
    }

    @Test
    void anUnknownModuleIs404Json() {
        Http.Response r = admin.get("/api/dept/nosuchdept/log");
        assertEquals(404, r.status(), r.body());
        assertEquals("not_found", r.json().path("code").asText());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    }

    @Test
    void aBodyOverTheLimitIs413() {
        Http.Response r = admin.raw("POST", "/api/dept/emergency/log", "{\"summary\":\"" + "a".repeat(1_100_000) + "\"}",
          "application/json");
        assertEquals(413, r.status(), r.body().substring(0, Math.min(200, r.body().length())));
        assertEquals("too_large", r.json().path("code").asText());
    }

    @Test
    void userAdministrationValidatesAndIsForAdminsOnly() {
        Http.Response bad = admin.post("/api/users",
          Map.of("username", "Bad Name", "displayName", "", "password", "short", "roles", List.of("root")));
        assertEquals(422, bad.status());
        JsonNode fields = bad.json().path("details").path("fields");
        for (String f : List.of("username", "displayName", "password", "roles")) {
            assertTrue(fields.has(f), f + " in " + bad.body());
        }
        assertEquals(409, admin.post("/api/users", Map.of("username", "it.emergency", "displayName", "again",
          "password", Users.PASSWORD, "roles", List.of())).status());
        assertEquals(403, anonymous.as("it.emergency", Users.PASSWORD).get("/api/users").status());
    }

    @Test
    void safegridShellCommandsAreForAdminsOverSsh(Karaf karaf) {
        String listed = karaf.ssh("admin", Karaf.ADMIN_PASSWORD, "safegrid:user-list");
        assertTrue(listed.contains("it.emergency"), listed);
        String refused = karaf.ssh("it.emergency", Users.PASSWORD, "safegrid:user-list");
        assertFalse(refused.contains("it.planning"), refused);
        String invalid = karaf.ssh("admin", Karaf.ADMIN_PASSWORD, "safegrid:user-add --password x Bad");
        assertTrue(invalid.contains("username") && invalid.contains("password"), invalid);
    }

    @Test
    void theEventStreamIsPublicAndOpensAsServerSentEvents(Karaf karaf) throws Exception {
        java.net.http.HttpResponse<java.io.InputStream> stream = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(karaf.baseUrl() + "/api/events"))
            .timeout(java.time.Duration.ofSeconds(10)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        try (java.io.InputStream in = stream.body()) {
            assertEquals(200, stream.statusCode());
            assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            assertEquals(": connected", new String(in.readNBytes(11)));
        }
    }

    @Test
    void unexpectedPathsUnderApiNeverAnswerHtml() {
        Http.Response r = admin.raw("DELETE", "/api/health", null, null);
        assertEquals(405, r.status(), r.body());
        assertEquals("method_not_allowed", r.json().path("code").asText());
    }

    static JsonNode find(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (id.equals(n.path("id").asText())) {
                return n;
            }
        }
        throw new AssertionError(id + " not in " + array);
    }
}

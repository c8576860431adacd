package org.safegrid.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the tests: JSON in and out, HTTP Basic or a Bearer token. */
public final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;

    Http(String base) {
        this(base, null);
    }

    private Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public Http as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http(base, "Basic " + token);
    }

    public Http admin() {
        return as("admin", Karaf.ADMIN_PASSWORD);
    }

    public Http bearer(String token) {
        return new Http(base, "Bearer " + token);
    }

    /** A response: status, headers of interest and the body parsed as JSON when it is JSON. */
    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + ", " + contentType + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response post(String path, Object json) {
        return send("POST", path, json, "application/json");
    }

    public Response put(String path, Object json) {
        return send("PUT", path, json, "application/json");
    }

    /** Sends a raw body as it is: for malformed input. */
    public Response raw(String method, String path, String body, String contentType) {
        return send(method, path, body == null ? null : new RawBody(body), contentType);
    }

    /** A binary answer: a PDF, an image, a spreadsheet. */
    public record Bytes(int status, String contentType, byte[] body, java.net.http.HttpHeaders headers) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (contentType.contains("json") || contentType.startsWith("text")
              ? text()
              : body.length + " bytes");
        }
    }

    /** GET with the answer's bytes as they are. */
    public Bytes bytes(String path) {
        return exchange("GET", path, BodyPublishers.noBody(), null);
    }

    /** POSTs a file's bytes as the body, with its content type: an upload. */
    public Response upload(String path, byte[] file, String contentType) {
        Bytes b = exchange("POST", path, BodyPublishers.ofByteArray(file), contentType);
        return new Response(b.status(), b.contentType(), b.text());
    }

    private Bytes exchange(String method, String path, BodyPublisher publisher, String contentType) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            var response = client.send(b.method(method, publisher).build(), BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
              response.body(), response.headers());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The status only, or -1 when nothing answers. */
    public int tryStatus(String path) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5));
            return client.send(b.GET().build(), BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private record RawBody(String text) {
    }

    private Response send(String method, String path, Object body, String contentType) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            b.header("Accept", "application/json");
            BodyPublisher publisher = body == null ? BodyPublishers.noBody()
              : BodyPublishers.ofString(body instanceof RawBody raw ? raw.text() : JSON.writeValueAsString(body),
                StandardCharsets.UTF_8);
            var response = client.send(b.method(method, publisher).build(),
              BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(),
              response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

package org.safegrid.security.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.safegrid.security.internal.store.UserStore;

/**
 * Bearer tokens for the web shell and API clients: random, held in memory (a restart logs everyone out), valid for a
 * configurable time, revoked on logout and whenever their user changes.
 */
@Component(service = TokenService.class, configurationPid = "org.safegrid.security")
@Designate(ocd = TokenService.Config.class)
public class TokenService {

    @ObjectClassDefinition(name = "SafeGrid security", description = "Login tokens")
    public @interface Config {
        @AttributeDefinition(description = "How long a login token stays valid, in minutes")
        int tokenMinutes() default 480;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private volatile long lifetimeSeconds;

    public record Issued(String token, String username, Instant expiresAt) {
    }

    @Activate
    public TokenService(@Reference UserStore users, Config config) {
        configure(config);
        users.onChange(username -> tokens.values().removeIf(t -> t.username().equals(username)));
    }

    @Modified
    void configure(Config config) {
        lifetimeSeconds = Math.max(1, config.tokenMinutes()) * 60L;
    }

    public Issued issue(String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Issued issued = new Issued(token, username, Instant.now().plusSeconds(lifetimeSeconds));
        tokens.put(token, issued);
        tokens.values().removeIf(t -> t.expiresAt().isBefore(Instant.now()));
        return issued;
    }

    public Optional<String> username(String token) {
        Issued issued = token == null ? null : tokens.get(token);
        if (issued == null) {
            return Optional.empty();
        }
        if (issued.expiresAt().isBefore(Instant.now())) {
            tokens.remove(token);
            return Optional.empty();
        }
        return Optional.of(issued.username());
    }

    public void revoke(String token) {
        if (token != null) {
            tokens.remove(token);
        }
    }
}

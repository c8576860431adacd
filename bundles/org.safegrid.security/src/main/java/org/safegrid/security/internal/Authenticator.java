package org.safegrid.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.security.internal.store.User;
import org.safegrid.security.internal.store.UserStore;

/**
 * Checks a username and password. A successful check is remembered for a few minutes (keyed by a digest, never the
 * password itself) so that HTTP Basic clients do not pay for PBKDF2 on every request; any change to the user forgets
 * it at once.
 */
@Component(service = Authenticator.class)
public class Authenticator {

    private static final long REMEMBER_NANOS = 5L * 60 * 1_000_000_000;

    private final UserStore users;
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    private record Remembered(String digest, User user, long until) {
    }

    @Activate
    public Authenticator(@Reference UserStore users) {
        this.users = users;
        users.onChange(verified::remove);
    }

    public Optional<User> authenticate(String username, char[] password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        String digest = digest(username, password);
        Remembered r = verified.get(username);
        if (r != null && r.digest().equals(digest) && r.until() > System.nanoTime()) {
            return Optional.of(r.user());
        }
        Optional<User> user = users.verify(username, password);
        user.ifPresentOrElse(u -> verified.put(username, new Remembered(digest, u, System.nanoTime() + REMEMBER_NANOS)),
                () -> verified.remove(username));
        return user;
    }

    /** The current state of a user, for tokens issued earlier. */
    public Optional<User> current(String username) {
        return users.find(username).filter(User::enabled);
    }

    private static String digest(String username, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

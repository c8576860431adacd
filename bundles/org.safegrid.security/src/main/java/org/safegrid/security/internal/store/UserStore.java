package org.safegrid.security.internal.store;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.error.SafeGridException;

/**
 * The users, in table SG_SEC_USER. Serves only once the security schema is at its version. Listeners hear of every
 * change so caches and tokens can follow.
 */
@Component(service = UserStore.class)
public class UserStore {

    private final JpaTemplate jpa;
    private final List<Consumer<String>> changeListeners = new CopyOnWriteArrayList<>();

    @Activate
    public UserStore(@Reference(target = "(osgi.unit.name=safegrid-security)") JpaTemplate jpa,
            @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=security)") ModuleSchema schema) {
        this.jpa = jpa;
    }

    /** Called with the username after every change to that user. */
    public void onChange(Consumer<String> listener) {
        changeListeners.add(listener);
    }

    public long count() {
        return jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult());
    }

    public List<User> list() {
        return jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("SELECT u FROM UserEntity u ORDER BY u.username", UserEntity.class).getResultList()
                        .stream().map(User::of).toList());
    }

    public Optional<User> find(String username) {
        return entity(username).map(User::of);
    }

    /** The user, if the password is theirs and the account is enabled. */
    public Optional<User> verify(String username, char[] password) {
        return entity(username).filter(UserEntity::isEnabled)
                .filter(e -> PasswordHasher.verify(password, e.getPasswordHash())).map(User::of);
    }

    public User create(String username, String displayName, char[] password, Collection<String> roles) {
        UserRules.checkNew(username, displayName, password, roles);
        String hash = PasswordHasher.hash(password);
        User created = jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(UserEntity.class, username) != null) {
                throw SafeGridException.conflict("user_exists", "User " + username + " already exists");
            }
            UserEntity e = new UserEntity();
            e.setUsername(username);
            e.setDisplayName(displayName.trim());
            e.setPasswordHash(hash);
            e.setRoles(String.join(",", roles.stream().distinct().toList()));
            e.setEnabled(true);
            e.setCreatedAt(LocalDateTime.now());
            e.setUpdatedAt(e.getCreatedAt());
            em.persist(e);
            return User.of(e);
        });
        changed(username);
        return created;
    }

    public User update(String username, String displayName, Collection<String> roles, boolean enabled) {
        UserRules.checkUpdate(displayName, roles);
        User updated = jpa.txExpr(TransactionType.Required, em -> {
            UserEntity e = existing(em.find(UserEntity.class, username), username);
            e.setDisplayName(displayName.trim());
            e.setRoles(String.join(",", roles.stream().distinct().toList()));
            e.setEnabled(enabled);
            e.setUpdatedAt(LocalDateTime.now());
            return User.of(e);
        });
        changed(username);
        return updated;
    }

    public void changePassword(String username, char[] password) {
        UserRules.checkPassword(username, password);
        String hash = PasswordHasher.hash(password);
        jpa.tx(TransactionType.Required, em -> {
            UserEntity e = existing(em.find(UserEntity.class, username), username);
            e.setPasswordHash(hash);
            e.setUpdatedAt(LocalDateTime.now());
        });
        changed(username);
    }

    public void delete(String username) {
        jpa.tx(TransactionType.Required, em -> em.remove(existing(em.find(UserEntity.class, username), username)));
        changed(username);
    }

    private Optional<UserEntity> entity(String username) {
        if (username == null || username.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(UserEntity.class, username)));
    }

    private static UserEntity existing(UserEntity e, String username) {
        if (e == null) {
            throw SafeGridException.notFound("user", username);
        }
        return e;
    }

    private void changed(String username) {
        changeListeners.forEach(l -> l.accept(username));
    }
}

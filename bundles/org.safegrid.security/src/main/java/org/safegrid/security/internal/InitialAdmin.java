package org.safegrid.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.module.Permissions;
import org.safegrid.security.internal.store.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No password ships with SafeGrid. At the first start (no users yet) it creates the user {@code admin}: its password
 * comes from the environment variable {@value #ENV}, or else is generated and written to
 * {@code data/initial-admin-password}, readable by the owner only.
 */
@Component(immediate = true)
public class InitialAdmin {

    static final String ENV = "SAFEGRID_ADMIN_PASSWORD";
    static final String FILE = "initial-admin-password";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @Activate
    public InitialAdmin(BundleContext context, @Reference UserStore users) throws IOException {
        if (users.count() > 0) {
            return;
        }
        String fromEnv = System.getenv(ENV);
        char[] password = fromEnv != null && !fromEnv.isBlank() ? fromEnv.toCharArray() : generate();
        users.create("admin", "系统管理员 Administrator", password, List.of(Permissions.ADMIN_ROLE));
        if (fromEnv != null && !fromEnv.isBlank()) {
            LOG.info("Created user 'admin' with the password from ${}", ENV);
        } else {
            Path file = Path.of(context.getProperty("karaf.data"), FILE);
            write(file, password);
            LOG.warn("Created user 'admin' with a generated password; it is in {} (change it, then delete the file)",
                    file);
        }
    }

    private static char[] generate() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return password;
    }

    private static void write(Path file, char[] password) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, new String(password) + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.TRUNCATE_EXISTING);
    }
}

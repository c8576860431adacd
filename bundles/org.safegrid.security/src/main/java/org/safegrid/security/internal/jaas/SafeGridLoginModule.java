package org.safegrid.security.internal.jaas;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.safegrid.security.internal.Authenticator;
import org.safegrid.security.internal.store.User;

/** JAAS login module of the {@code safegrid} realm: checks the password and adds Karaf's user and role principals. */
public class SafeGridLoginModule implements LoginModule {

    private Subject subject;
    private CallbackHandler callbackHandler;
    private BundleContext context;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbackHandler = callbackHandler;
        this.context = (BundleContext) options.get(BundleContext.class.getName());
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbackHandler.handle(new Callback[]{name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot ask for the credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword() == null ? new char[0] : password.getPassword();
        User user = authenticate(name.getName(), secret);
        password.clearPassword();
        principals.add(new UserPrincipal(user.username()));
        user.roles().forEach(role -> principals.add(new RolePrincipal(role)));
        return true;
    }

    private User authenticate(String username, char[] password) throws LoginException {
        ServiceReference<Authenticator> ref = context.getServiceReference(Authenticator.class);
        Authenticator authenticator = ref == null ? null : context.getService(ref);
        if (authenticator == null) {
            throw new LoginException("SafeGrid users are not available yet");
        }
        try {
            return authenticator.authenticate(username, password)
                    .orElseThrow(() -> new FailedLoginException("Wrong username or password"));
        } finally {
            context.ungetService(ref);
        }
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}

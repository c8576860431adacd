package org.safegrid.security.internal.jaas;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.security.internal.Authenticator;

/**
 * The JAAS realm {@value #NAME}: SSH logins and anything else that asks JAAS check SafeGrid's own users. It is
 * registered only while the user store serves.
 */
@Component(service = JaasRealm.class)
public class SafeGridRealm implements JaasRealm {

    public static final String NAME = "safegrid";

    private final AppConfigurationEntry[] entries;

    @Activate
    public SafeGridRealm(BundleContext context, @Reference Authenticator authenticator) {
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, SafeGridLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(BundleContext.class.getName(), context);
        this.entries = new AppConfigurationEntry[]{
                new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options)};
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}

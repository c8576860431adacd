package org.safegrid.itests;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes one SafeGrid instance, started once for the whole run and stopped at its end, for the tests that
 * do not restart or reconfigure it.
 */
public final class SharedKaraf implements ParameterResolver {

    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        final Karaf karaf = Karaf.fresh("shared").start();

        @Override
        public void close() {
            karaf.stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Karaf.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(Holder.class, k -> new Holder(), Holder.class).karaf;
    }
}

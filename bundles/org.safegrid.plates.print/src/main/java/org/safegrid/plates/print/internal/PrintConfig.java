package org.safegrid.plates.print.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of PID {@code org.safegrid.plates.print} ({@code etc/org.safegrid.plates.print.cfg}). */
@ObjectClassDefinition(name = "SafeGrid plate printing", description = "The public plate page, its QR code and the "
        + "printable plate")
public @interface PrintConfig {

    @AttributeDefinition(name = "Public base URL", required = false, description = "The address the public reaches "
            + "SafeGrid at, for example https://safety.example.cn; QR codes point to <base>/public/plates/<credit "
            + "code>. Empty: the scheme, host and port of each request (set it when SafeGrid runs behind a proxy).")
    String publicBaseUrl() default "";

    @AttributeDefinition(name = "Issuer", description = "The body that issues the plates, printed on each plate")
    String issuer() default PrintSettings.DEFAULT_ISSUER;
}

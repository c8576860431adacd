package org.safegrid.plates.print.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.fonts.api.CjkFonts;
import org.safegrid.plates.api.PlateService;
import org.safegrid.plates.print.internal.model.PlateView;
import org.safegrid.plates.print.internal.pdf.PaperSize;
import org.safegrid.plates.print.internal.pdf.PlatePdf;
import org.safegrid.plates.print.internal.pdf.PrintDetails;
import org.safegrid.plates.print.internal.qr.QrCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the public page and the print resource share: plates with their enterprises, the public address a QR code
 * encodes, the PDF, and the settings of PID {@value #PID}. At most {@value #CONCURRENT_RENDERS} PDFs are rendered at
 * the same time, which bounds the memory that font subsetting takes. The font comes from {@link CjkFonts}.
 */
@Component(service = PlatePrinter.class, configurationPid = PlatePrinter.PID)
@Designate(ocd = PrintConfig.class)
public class PlatePrinter {

    public static final String PID = "org.safegrid.plates.print";
    static final int CONCURRENT_RENDERS = 2;
    static final long RENDER_WAIT_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(PlatePrinter.class);

    private final PlateViews views;
    private final PlatePdf pdf;
    private final Clock clock;
    private final Semaphore renders = new Semaphore(CONCURRENT_RENDERS, true);
    private volatile PrintSettings settings;

    @Activate
    public PlatePrinter(@Reference PlateService plates, @Reference EnterpriseService enterprises,
            @Reference CjkFonts fonts, PrintConfig config) {
        this(plates, enterprises, fonts, PrintSettings.of(config), Clock.systemDefaultZone());
    }

    /** For tests: fixed settings and clock. */
    PlatePrinter(PlateService plates, EnterpriseService enterprises, CjkFonts fonts, PrintSettings settings,
            Clock clock) {
        this.views = new PlateViews(plates, enterprises);
        this.pdf = new PlatePdf(fonts);
        this.clock = clock;
        this.settings = settings;
    }

    @Modified
    void modified(PrintConfig config) {
        this.settings = PrintSettings.of(config);
        LOG.info("Plate printing: public base URL {}, issuer {}",
                settings.publicBaseUrl() == null ? "(from each request)" : settings.publicBaseUrl(),
                settings.issuer());
    }

    /** The plate of an enterprise in the caller's scope. */
    public Optional<PlateView> plate(long enterpriseId, DataScope scope) {
        return views.inScope(enterpriseId, scope);
    }

    /** The plate for the public page; empty for an unknown or malformed credit code. */
    public Optional<PlateView> publicPlate(String creditCode) {
        return views.forPublic(creditCode);
    }

    /**
     * The address of a plate's public page: the configured base URL, or else the origin of the request that asks.
     *
     * @param requestOrigin for example {@code https://safety.example.cn:8443}
     */
    public String publicUrl(String requestOrigin, String creditCode) {
        String base = settings.publicBaseUrl();
        return (base == null ? requestOrigin : base) + PublicLinks.platePath(creditCode);
    }

    /** The body named on the plate and the public page. */
    public String issuer() {
        return settings.issuer();
    }

    /** The town's time zone (the JVM's, set from {@code SAFEGRID_TIMEZONE}). */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The QR code of an address as a PNG. */
    public byte[] qrPng(String url) {
        return QrCodes.png(url);
    }

    /**
     * The printable plate.
     *
     * @throws SafeGridException 503 when other renders keep the printer busy for too long
     */
    public byte[] pdf(PlateView view, PaperSize paper, String publicUrl) {
        PrintDetails details = new PrintDetails(publicUrl, settings.issuer(), LocalDate.now(clock));
        boolean acquired = false;
        try {
            acquired = renders.tryAcquire(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
            if (!acquired) {
                throw busy();
            }
            return pdf.render(view, paper, details);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the plate of " + view.enterprise().creditCode(), e);
        } finally {
            if (acquired) {
                renders.release();
            }
        }
    }

    private static SafeGridException busy() {
        return new SafeGridException(SafeGridException.Kind.UNAVAILABLE, "busy",
                "Too many plates are being printed; try again in a moment");
    }
}

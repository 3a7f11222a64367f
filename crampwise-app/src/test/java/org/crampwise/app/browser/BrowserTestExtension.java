package org.crampwise.app.browser;

import org.crampwise.app.TestFolders;
import org.crampwise.app.web.TestServer;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts, once per test class, a {@link TestServer} with a temporary data folder, and stops it
 * after the class; test methods and lifecycle methods get it, with a browser, as a {@link Site}
 * parameter. The browser, Playwright driving Debian's Chromium, is started once per test thread
 * and shared by the classes that thread runs one after another (Playwright may only be used from
 * the thread that made it); it is closed when the JVM's tests end. Each test still gets new
 * browser contexts (cookies, cache, options) from {@link Site#newPage}.
 *
 * <p>Without Chromium the tests cannot run. Under {@code CI=true} that is a failure (CI must
 * install it: scripts/test does); elsewhere the tests are skipped, and reported as skipped, with
 * a message saying how to install it. Playwright never downloads a browser of its own.
 *
 * <p>After a failed test, every page still open is saved as target/screenshots/FAILED-*.png.
 */
public final class BrowserTestExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {
    /**
     * Debian's Chromium headless shell (package chromium-headless-shell): the same Blink and V8 as
     * /usr/bin/chromium, built without the browser's windowing, and what Playwright itself runs for
     * headless tests. It used less than half the CPU of the full browser for the same tests, and
     * the suite is bound by CPU. Without it, the full browser; CRAMPWISE_CHROMIUM names another.
     */
    static final Path CHROMIUM = chromium();
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--no-first-run", "--disable-sync", "--disable-component-update",
            "--disable-quic");

    @Override
    public void beforeAll(ExtensionContext context) {
        String missing = missingChromium();
        if (missing == null) {
            store(context).getOrComputeIfAbsent(Site.class, k -> start(context), Site.class);
        } else if ("true".equals(System.getenv("CI"))) {
            fail("The browser tests cannot run under CI: " + missing);
        } else {
            System.err.println("SKIPPED: the browser tests of " + context.getDisplayName() + ": " + missing);
        }
    }

    /** Skips each test, so that every one is reported as skipped (a skipped class reports no tests at all). */
    @Override
    public void beforeEach(ExtensionContext context) {
        String missing = missingChromium();
        Assumptions.assumeTrue(missing == null, () -> "Browser test skipped: " + missing);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Site site = store(context).get(Site.class, Site.class);
        if (site == null) {
            return;
        }
        if (context.getExecutionException().isPresent()) {
            int i = 0;
            for (Page page : site.openPages()) {
                Path file = SCREENSHOTS.resolve("FAILED-" + context.getRequiredTestMethod().getName()
                        + (i++ == 0 ? "" : "-" + i) + ".png");
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                    System.err.println("Screenshot of the failed page " + page.url() + ": " + file.toAbsolutePath());
                } catch (RuntimeException e) {
                    System.err.println("Could not save a screenshot of " + page.url() + ": " + e.getMessage());
                }
            }
        }
        site.closeContexts();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Site.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context).get(Site.class, Site.class);
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        // Keyed by the class, so a method's context finds what its class started.
        return context.getStore(ExtensionContext.Namespace.create(BrowserTestExtension.class,
                context.getRequiredTestClass()));
    }

    private static Path chromium() {
        String named = System.getenv("CRAMPWISE_CHROMIUM");
        if (named != null && !named.isBlank()) {
            return Paths.get(named);
        }
        Path shell = Paths.get("/usr/bin/chromium-headless-shell");
        return Files.isExecutable(shell) ? shell : Paths.get("/usr/bin/chromium");
    }

    /** Why Chromium cannot be used, and how to install it; null when it is there. */
    static String missingChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return null;
        }
        return "Chromium is not installed at " + CHROMIUM + ". Install Debian's package: "
                + "apt-get update && apt-get install -y chromium-headless-shell (scripts/test does this), or set CRAMPWISE_CHROMIUM "
                + "to a Chromium executable. Playwright's own browser download is not used.";
    }

    private static Site start(ExtensionContext context) {
        Path data = null;
        TestServer server = null;
        try {
            Browser browser = browserOfThisThread(context);
            data = Files.createTempDirectory("crampwise-browser-");
            server = TestServer.start(data);
            return new Site(server.base(), server, browser, data);
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            TestFolders.delete(data);
            throw new IllegalStateException("Could not start the server and Chromium for the browser tests: " + e, e);
        }
    }

    /**
     * This thread's Chromium, launched on first use: a launch (Playwright's driver, then Chromium)
     * costs seconds of CPU, so each test thread makes one, not each class. Closed with the JVM's
     * tests (the root context's store).
     */
    private static Browser browserOfThisThread(ExtensionContext context) {
        ExtensionContext.Store root = context.getRoot().getStore(ExtensionContext.Namespace.create(
                BrowserTestExtension.class));
        return root.getOrComputeIfAbsent(Thread.currentThread(), t -> new ThreadBrowser(), ThreadBrowser.class).browser;
    }

    /** A Playwright and its Chromium, for the one thread that made them. */
    private static final class ThreadBrowser implements ExtensionContext.Store.CloseableResource {
        final Playwright playwright;
        final Browser browser;

        ThreadBrowser() {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    // The service worker's own requests: seen by the tests, and cut by setOffline(true) too.
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                            "PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1")));
            try {
                browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS).setTimeout(60_000));
            } catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
        }

        @Override
        public void close() {
            // Closing ends the driver's pipe; any thread may do it once the tests are over.
            playwright.close();
        }
    }
}

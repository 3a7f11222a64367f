package org.crampwise.app.browser;

import org.crampwise.app.TestFolders;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.app.web.TestServer;

/**
 * The running server of one test class, and the browser of its thread. Each test opens its own
 * browser contexts (fresh cookies, cache and options) with {@link #newPage}; they are closed after
 * the test. Closing the site stops the server; the browser stays for the thread's next class.
 */
public final class Site implements AutoCloseable {
    private final String base;
    private final TestServer server;
    private final Browser browser;
    private final Path dataDir;
    private final List<BrowserContext> contexts = new ArrayList<>();

    Site(String base, TestServer server, Browser browser, Path dataDir) {
        this.base = base;
        this.server = server;
        this.browser = browser;
        this.dataDir = dataDir;
    }

    /** The server's origin, such as http://127.0.0.1:41234. */
    public String base() {
        return base;
    }

    public String url(String path) {
        return base + path;
    }

    /** A page in a new context, in a 1024 by 768 window unless the options say otherwise. */
    public Page newPage(Browser.NewContextOptions options) {
        if (options.viewportSize == null) {
            options.setViewportSize(1024, 768);
        }
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(10_000);
        context.setDefaultNavigationTimeout(15_000);
        contexts.add(context);
        return context.newPage();
    }

    public Page newPage() {
        return newPage(new Browser.NewContextOptions());
    }

    List<Page> openPages() {
        List<Page> out = new ArrayList<>();
        for (BrowserContext c : contexts) {
            out.addAll(c.pages());
        }
        return out;
    }

    void closeContexts() {
        for (BrowserContext c : contexts) {
            try {
                c.close();
            } catch (RuntimeException e) {
                System.err.println("Could not close a browser context: " + e.getMessage());
            }
        }
        contexts.clear();
    }

    @Override
    public void close() {
        try {
            closeContexts();
        } finally {
            server.close();
            TestFolders.delete(dataDir);
        }
    }
}

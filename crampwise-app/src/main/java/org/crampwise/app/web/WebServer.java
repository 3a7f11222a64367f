package org.crampwise.app.web;

import io.javalin.Javalin;
import java.util.Locale;
import org.crampwise.app.web.check.CheckPages;
import org.crampwise.app.web.home.HomePage;
import org.crampwise.engine.Engine;
import org.crampwise.kb.KnowledgeBase;

/**
 * The web server, built from its parts: each feature registers its own routes. Start it on port
 * 0 for a random free port (as the tests do).
 */
public final class WebServer {
    private final Javalin app;

    public WebServer(WebConfig config, KnowledgeBase baseKb) {
        KnowledgeBase kb = baseKb.withNumbers(config.emergencyNumber(), config.urgentNumber());
        Engine engine = new Engine(kb);
        Messages messages = new Messages(Locale.UK, config.emergencyNumber(), config.urgentNumber());
        Assets assets = new Assets();
        Csrf csrf = new Csrf(config.secureCookies());
        Views views = new Views();
        PageContexts pages = new PageContexts(messages, assets, csrf);
        HomePage home = new HomePage(views, pages);
        CheckPages check = new CheckPages(kb, engine, views, pages, csrf, config.secret(), config.secureCookies());
        ErrorPages errors = new ErrorPages(views, pages);
        this.app = Javalin.create(c -> {
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.maxRequestSize = 64 * 1024;
            c.startup.showJavalinBanner = false;
            c.routes.before(SecurityHeaders::apply);
            c.routes.get("/assets/{file}", assets::serve);
            home.routes(c.routes);
            check.routes(c.routes);
            errors.routes(c.routes);
        });
    }

    public WebServer start() {
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}

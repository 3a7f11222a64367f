package org.crampwise.app.web.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.crampwise.app.web.Assets;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.Views;

/**
 * What makes the site an installable app that works offline: the web app manifest with its icons,
 * the service worker ({@code /sw.js}, at the root so that it may serve every page) and the page
 * it shows when there is no connection ({@code /offline}), from which a cramp can still be
 * logged: the worker keeps it and sends it when the connection is back. Without JavaScript none
 * of this is used and every page works as before.
 */
public final class AppShell {
    static final List<String> ICONS = List.of("icon-192.png", "icon-512.png", "maskable-512.png");
    static final String OFFLINE = "/offline";

    private final Views views;
    private final PageContexts pages;
    private final byte[] worker;
    /** The manifest in each language, made on its first request. */
    private final Map<String, byte[]> manifests = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, byte[]> icons;

    public AppShell(Views views, PageContexts pages, Assets assets) {
        this.views = views;
        this.pages = pages;
        List<String> shell = List.of(OFFLINE, assets.url("crampwise.css"), assets.url("bodymap.css"),
                assets.url("crampwise.js"));
        String source = new String(Assets.resource("/offline/sw.js"), StandardCharsets.UTF_8);
        String withShell = source.replace("[/*SHELL*/]", json(shell));
        // A new version of any file of the shell is a new worker, which replaces the old cache.
        this.worker = withShell.replace("/*VERSION*/", Assets.fingerprint(withShell.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
        this.icons = Map.of(ICONS.get(0), Assets.resource("/assets/icons/" + ICONS.get(0)),
                ICONS.get(1), Assets.resource("/assets/icons/" + ICONS.get(1)),
                ICONS.get(2), Assets.resource("/assets/icons/" + ICONS.get(2)));
    }

    public void routes(RoutesConfig r) {
        r.get("/sw.js", ctx -> {
            // Checked for a new version on every visit: never kept by the HTTP cache.
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType("text/javascript; charset=utf-8");
            ctx.result(worker);
        });
        r.get("/manifest.webmanifest", ctx -> {
            // In the person's language (its description, its lang): a cache keeps one per choice.
            Messages m = pages.messages(ctx);
            ctx.header("Cache-Control", "private, max-age=86400");
            ctx.header("Vary", "Cookie, Accept-Language");
            ctx.contentType("application/manifest+json");
            ctx.result(manifests.computeIfAbsent(m.language(), k -> manifest(m)));
        });
        r.get("/icons/{file}", this::icon);
        r.get(OFFLINE, ctx -> views.page(ctx, "offline/offline.jte", Map.of("page", pages.of(ctx))));
    }

    private void icon(Context ctx) {
        byte[] body = icons.get(ctx.pathParam("file"));
        if (body == null) {
            throw new HttpError.NotFound("no such icon");
        }
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType("image/png");
        ctx.result(body);
    }

    private static byte[] manifest(Messages m) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("name", m.get("site.name"));
        root.put("short_name", m.get("site.name"));
        root.put("description", m.get("app.description"));
        root.put("lang", m.language());
        root.put("start_url", "/diary");
        root.put("scope", "/");
        root.put("display", "standalone");
        root.put("background_color", "#ffffff");
        root.put("theme_color", "#005eb8");
        ArrayNode icons = root.putArray("icons");
        for (String name : ICONS) {
            ObjectNode icon = icons.addObject();
            icon.put("src", "/icons/" + name);
            icon.put("sizes", name.contains("192") ? "192x192" : "512x512");
            icon.put("type", "image/png");
            icon.put("purpose", name.startsWith("maskable") ? "maskable" : "any");
        }
        try {
            return json.writeValueAsBytes(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(List<String> urls) {
        try {
            return new ObjectMapper().writeValueAsString(urls);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

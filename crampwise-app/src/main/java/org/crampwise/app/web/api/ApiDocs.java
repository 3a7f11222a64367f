package org.crampwise.app.web.api;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.crampwise.app.web.Assets;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.Views;
import org.crampwise.kb.KnowledgeBase;

/**
 * The API's description: the OpenAPI document at {@code /openapi.json}, and {@code /api-docs}, a
 * page that shows it with Swagger UI. Swagger UI's files come from its WebJar and are served from
 * our own origin with a content hash in their names, as are the page's own script and stylesheet:
 * the site's Content-Security-Policy (no inline script or style) holds here too.
 */
final class ApiDocs {
    static final String SPEC_PATH = "/openapi.json";
    static final String PAGE_PATH = "/api-docs";
    private static final String WEBJAR_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "png", "image/png");

    private final byte[] spec;
    private final String specEtag;
    private final Views views = new Views();
    /** Logical name (swagger-ui.css) to fingerprinted address, and address to body. */
    private final Map<String, String> urlOf = new LinkedHashMap<>();
    private final Map<String, byte[]> bodyOfUrl = new LinkedHashMap<>();

    ApiDocs(KnowledgeBase kb, String appVersion) {
        this.spec = OpenApiDocument.json(kb, appVersion);
        this.specEtag = org.crampwise.app.web.Etags.of(kb, spec);
        String webjar = "/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
        add("swagger-ui.css", webjar + "swagger-ui.css");
        add("swagger-ui-bundle.js", webjar + "swagger-ui-bundle.js");
        add("favicon-32x32.png", webjar + "favicon-32x32.png");
        add("api-docs.css", "/openapi/api-docs.css");
        add("api-docs.js", "/openapi/api-docs.js");
    }

    void routes(JavalinDefaultRoutingApi r) {
        r.get(SPEC_PATH, this::spec);
        r.get(PAGE_PATH, this::page);
        r.get(PAGE_PATH + "/{file}", this::file);
    }

    /** The fingerprinted address of one of the page's files. */
    String url(String name) {
        return urlOf.get(name);
    }

    private void spec(Context ctx) {
        // The same for as long as the server runs; a new release may change it.
        org.crampwise.app.web.Etags.send(ctx, ApiRoutes.JSON, spec, specEtag);
    }

    private void page(Context ctx) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("specUrl", SPEC_PATH);
        params.put("swaggerCss", url("swagger-ui.css"));
        params.put("swaggerJs", url("swagger-ui-bundle.js"));
        params.put("pageCss", url("api-docs.css"));
        params.put("pageJs", url("api-docs.js"));
        params.put("icon", url("favicon-32x32.png"));
        views.page(ctx, "api/docs.jte", params);
    }

    private void file(Context ctx) {
        byte[] body = bodyOfUrl.get(ctx.path());
        if (body == null) {
            throw new HttpError.NotFound("no such file");
        }
        String ext = ctx.path().substring(ctx.path().lastIndexOf('.') + 1);
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType(TYPES.get(ext));
        ctx.result(body);
    }

    private void add(String name, String resource) {
        byte[] body = Assets.resource(resource);
        int dot = name.lastIndexOf('.');
        String url = PAGE_PATH + "/" + name.substring(0, dot) + "." + Assets.fingerprint(body) + name.substring(dot);
        urlOf.put(name, url);
        bodyOfUrl.put(url, body);
    }

    /** The version of the Swagger UI WebJar on the class path, from its Maven properties. */
    private static String swaggerUiVersion() {
        Properties p = new Properties();
        try (InputStream in = ApiDocs.class.getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("the Swagger UI WebJar (org.webjars:swagger-ui) is missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}

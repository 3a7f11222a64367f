package org.crampwise.app.web;

import io.javalin.http.Context;

/** Makes the layout's context for a request. */
public final class PageContexts {
    private final Messages messages;
    private final Assets assets;
    private final Csrf csrf;

    public PageContexts(Messages messages, Assets assets, Csrf csrf) {
        this.messages = messages;
        this.assets = assets;
        this.csrf = csrf;
    }

    public PageContext of(Context ctx) {
        return new PageContext(messages, assets, csrf.token(ctx), ctx.path());
    }

    public Messages messages() {
        return messages;
    }
}

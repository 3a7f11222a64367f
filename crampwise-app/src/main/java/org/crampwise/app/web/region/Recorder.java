package org.crampwise.app.web.region;

import io.javalin.http.ExceptionHandler;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.security.RouteRole;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsExceptionHandler;
import io.javalin.websocket.WsHandlerType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Takes down the routes a feature registers, for one region, to be served through {@link RegionalRoutes}. */
final class Recorder implements JavalinDefaultRoutingApi {
    /** Each route by method and path, in the order registered. */
    final Map<Key, Handler> handlers = new LinkedHashMap<>();

    record Key(HandlerType method, String path) {
    }

    @Override
    public JavalinDefaultRoutingApi addEndpoint(Endpoint endpoint) {
        handlers.put(new Key(endpoint.method, endpoint.path), endpoint.handler);
        return this;
    }

    @Override
    public <E extends Exception> JavalinDefaultRoutingApi exception(Class<E> type, ExceptionHandler<? super E> h) {
        throw new UnsupportedOperationException("a regional feature registers routes only, not exception handlers");
    }

    @Override
    public JavalinDefaultRoutingApi error(int status, String contentType, Handler h) {
        throw new UnsupportedOperationException("a regional feature registers routes only, not error handlers");
    }

    @Override
    public <E extends Exception> JavalinDefaultRoutingApi wsException(Class<E> type, WsExceptionHandler<? super E> h) {
        throw new UnsupportedOperationException("a regional feature has no websockets");
    }

    @Override
    public JavalinDefaultRoutingApi addWsHandler(WsHandlerType type, String path, Consumer<WsConfig> ws,
                                                 RouteRole... roles) {
        throw new UnsupportedOperationException("a regional feature has no websockets");
    }
}

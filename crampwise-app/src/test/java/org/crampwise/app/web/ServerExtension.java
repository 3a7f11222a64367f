package org.crampwise.app.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crampwise.app.storage.Database;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstances;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/** Starts and stops the servers of {@link WithServer}: see there. */
public final class ServerExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        for (Field f : served(context.getRequiredTestClass(), true)) {
            f.setAccessible(true);
            f.set(null, client(f.getType(), start(context, f.getAnnotation(Served.class), f.getName())));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        TestInstances instances = context.getRequiredTestInstances();
        for (Object instance : instances.getAllInstances()) {
            for (Field f : served(instance.getClass(), false)) {
                f.setAccessible(true);
                f.set(instance, client(f.getType(), start(context, f.getAnnotation(Served.class), f.getName())));
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestServer.class || clientConstructor(type) != null;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Parameter p = parameter.getParameter();
        try {
            return client(p.getType(), start(context, p.getAnnotation(Served.class), p.getName()));
        } catch (Exception e) {
            throw new ParameterResolutionException("Could not start a server for " + p, e);
        }
    }

    private static Iterable<Field> served(Class<?> testClass, boolean statics) {
        return AnnotationSupport.findAnnotatedFields(testClass, Served.class,
                f -> Modifier.isStatic(f.getModifiers()) == statics, HierarchyTraversalMode.TOP_DOWN);
    }

    /** A server closed with the scope of {@code context} (the class, or one test). */
    private static TestServer start(ExtensionContext context, Served served, String name) throws Exception {
        Database.Kind kind = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), WithServer.class)
                .map(WithServer::database).orElse(Database.Kind.SQLITE);
        Path dir = Files.createTempDirectory("crampwise-" + name + "-");
        TestServer.Builder b = TestServer.in(dir).database(kind).deletingTheFolder();
        if (served != null) {
            if (!served.emergencyNumber().isEmpty()) {
                b.emergencyNumber(served.emergencyNumber());
            }
            if (served.secureCookies()) {
                b.secureCookies();
            }
            if (served.clockStandsStill()) {
                b.clock(java.time.Clock.fixed(java.time.Instant.now(), java.time.ZoneOffset.UTC));
            }
        }
        TestServer server = b.start();
        context.getStore(NAMESPACE).put(server, (AutoCloseable) server);
        return server;
    }

    private static Object client(Class<?> type, TestServer server) throws ReflectiveOperationException {
        if (type == TestServer.class) {
            return server;
        }
        Constructor<?> c = clientConstructor(type);
        if (c == null) {
            throw new IllegalArgumentException(type + " is not a client: it needs a constructor taking a TestServer");
        }
        c.setAccessible(true);
        return c.newInstance(server);
    }

    private static Constructor<?> clientConstructor(Class<?> type) {
        try {
            return type.getDeclaredConstructor(TestServer.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}

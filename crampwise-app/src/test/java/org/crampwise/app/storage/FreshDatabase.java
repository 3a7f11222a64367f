package org.crampwise.app.storage;

import org.crampwise.app.TestFolders;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.Parameter;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * Opens the database of {@link OnEveryDatabase} before each test (before the class's own
 * {@code @BeforeEach}, which may use it) and closes it after the class's {@code @AfterEach}.
 */
final class FreshDatabase implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FreshDatabase.class);

    private record Opening(Database database, Path dir) implements AutoCloseable {
        @Override
        public void close() {
            try {
                database.close();
            } finally {
                TestFolders.delete(dir);
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        Database.Kind kind = (Database.Kind) only(test.getClass(), Parameter.class, Database.Kind.class).get(test);
        Path dir = Files.createTempDirectory("crampwise-db-");
        Opening opening = new Opening(TestDatabases.open(kind, dir), dir);
        context.getStore(NAMESPACE).put(Opening.class, opening);
        only(test.getClass(), Opened.class, Database.class).set(test, opening.database());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Opening opening = context.getStore(NAMESPACE).remove(Opening.class, Opening.class);
        if (opening != null) {
            opening.close();
        }
    }

    /** The one instance field of the type with the annotation, made accessible; an error naming the class otherwise. */
    private static Field only(Class<?> testClass, Class<? extends java.lang.annotation.Annotation> annotation, Class<?> type)
            throws ReflectiveOperationException {
        List<Field> fields = AnnotationSupport.findAnnotatedFields(testClass, annotation,
                f -> f.getType() == type && !java.lang.reflect.Modifier.isStatic(f.getModifiers()),
                HierarchyTraversalMode.TOP_DOWN);
        if (fields.size() != 1) {
            throw new IllegalStateException(testClass.getName() + ": @OnEveryDatabase needs one @"
                    + annotation.getSimpleName() + " " + type.getSimpleName() + " field, found " + fields.size());
        }
        Field f = fields.get(0);
        f.setAccessible(true);
        return f;
    }
}

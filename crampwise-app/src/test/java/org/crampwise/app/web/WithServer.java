package org.crampwise.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.crampwise.app.storage.Database;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test harness of every web test: real servers on loopback and a free port, each with its
 * own temporary data folder, handed to the test as a {@link TestServer} or as a client of one.
 *
 * <p>A {@link Served} static field (or a parameter of a {@code @BeforeAll} method) is a server
 * for the whole class; an instance field (or a parameter of a test or {@code @BeforeEach}
 * method) is a new server for each test, like JUnit's {@code @TempDir}. A client is any type with
 * a constructor taking a {@link TestServer} (ApiServer, FhirTestSupport, Browserless, ...). Every
 * server is stopped, and its database closed, when its scope ends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(ServerExtension.class)
public @interface WithServer {
    /** The database of the class's servers, unless a {@link Served} says otherwise. */
    Database.Kind database() default Database.Kind.SQLITE;
}

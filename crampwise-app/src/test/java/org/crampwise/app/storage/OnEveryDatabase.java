package org.crampwise.app.storage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The class runs once on SQLite and once on PostgreSQL: its {@code @Parameter Database.Kind}
 * field says which, and each test gets a fresh, migrated database of that kind in its
 * {@link Opened} field, closed (and its folder deleted) after the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass
@EnumSource(Database.Kind.class)
@ExtendWith(FreshDatabase.class)
public @interface OnEveryDatabase {
}

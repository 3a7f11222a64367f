package org.crampwise.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field or parameter that {@link WithServer} fills with a started server, or a client of one.
 * Each is a server of its own; the attributes are the few settings tests vary.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Served {
    /** The emergency number the server is configured with; empty: each region's own (England: 999). */
    String emergencyNumber() default "";

    /** Cookies marked Secure, as behind HTTPS ({@code --secure-cookies}). */
    boolean secureCookies() default false;

    /**
     * The server's clock stands still at the moment it starts: a throttle's wait never runs out
     * while the test looks at it, however slowly a loaded machine runs the test.
     */
    boolean clockStandsStill() default false;
}

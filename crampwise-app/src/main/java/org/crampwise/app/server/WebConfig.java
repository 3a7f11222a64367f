package org.crampwise.app.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a server is run. {@code region} is the default region pack (null: the knowledge base's) and
 * {@code language} the default language tag (null: the knowledge base's first); a person may
 * choose others. The phone numbers, when not null, override every region's (a
 * deployment's own lines). {@code secret} signs the interview state that travels with a person,
 * so servers that share it can answer each other's steps.
 */
public record WebConfig(String host, int port, Path dataDir, String emergencyNumber, String urgentNumber,
                        byte[] secret, boolean secureCookies, String appVersion, Duration shutdownGrace,
                        java.util.List<String> allowedOrigins, String region, String language) {
    /** How long a stopping server lets requests in flight finish, unless told otherwise. */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    public WebConfig {
        allowedOrigins = java.util.List.copyOf(allowedOrigins);
    }

    /** The knowledge base's first language. */
    public WebConfig(String host, int port, Path dataDir, String emergencyNumber, String urgentNumber, byte[] secret,
                     boolean secureCookies, String appVersion, Duration shutdownGrace,
                     java.util.List<String> allowedOrigins, String region) {
        this(host, port, dataDir, emergencyNumber, urgentNumber, secret, secureCookies, appVersion, shutdownGrace,
                allowedOrigins, region, null);
    }

    /** No other origin allowed. */
    public WebConfig(String host, int port, Path dataDir, String emergencyNumber, String urgentNumber, byte[] secret,
                     boolean secureCookies, String appVersion, Duration shutdownGrace) {
        this(host, port, dataDir, emergencyNumber, urgentNumber, secret, secureCookies, appVersion, shutdownGrace,
                java.util.List.of(), null);
    }

    /** The knowledge base's default region. */
    public WebConfig(String host, int port, Path dataDir, String emergencyNumber, String urgentNumber, byte[] secret,
                     boolean secureCookies, String appVersion, Duration shutdownGrace,
                     java.util.List<String> allowedOrigins) {
        this(host, port, dataDir, emergencyNumber, urgentNumber, secret, secureCookies, appVersion, shutdownGrace,
                allowedOrigins, null);
    }

    public WebConfig(String host, int port, Path dataDir, String emergencyNumber, String urgentNumber, byte[] secret,
                     boolean secureCookies, String appVersion) {
        this(host, port, dataDir, emergencyNumber, urgentNumber, secret, secureCookies, appVersion, SHUTDOWN_GRACE);
    }

    public WebConfig(String host, int port, Path dataDir, String emergencyNumber, String urgentNumber, byte[] secret,
                     boolean secureCookies) {
        this(host, port, dataDir, emergencyNumber, urgentNumber, secret, secureCookies, "dev");
    }
}

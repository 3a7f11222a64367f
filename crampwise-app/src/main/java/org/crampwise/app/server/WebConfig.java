package org.crampwise.app.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a server is run. The phone numbers are configuration, not text in templates: a deployment
 * outside the UK sets its own. {@code secret} signs the interview state that travels with a
 * person, so servers that share it can answer each other's steps.
 */
public record WebConfig(String host, int port, Path dataDir, String emergencyNumber, String urgentNumber,
                        byte[] secret, boolean secureCookies, String appVersion, Duration shutdownGrace,
                        java.util.List<String> allowedOrigins) {
    /** How long a stopping server lets requests in flight finish, unless told otherwise. */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    public WebConfig {
        allowedOrigins = java.util.List.copyOf(allowedOrigins);
    }

    /** No other origin allowed. */
    public WebConfig(String host, int port, Path dataDir, String emergencyNumber, String urgentNumber, byte[] secret,
                     boolean secureCookies, String appVersion, Duration shutdownGrace) {
        this(host, port, dataDir, emergencyNumber, urgentNumber, secret, secureCookies, appVersion, shutdownGrace,
                java.util.List.of());
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

package org.crampwise.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs interview state. From CRAMPWISE_SECRET when set (servers behind one load
 * balancer share it), else kept in the data folder, made once, readable by its owner only.
 */
public final class Secrets {
    static final String FILE = "secret.key";

    private Secrets() {
    }

    /** The secret kept in a file (trimmed), which must hold at least 32 characters. */
    public static byte[] read(Path file) {
        String text;
        try {
            text = Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secret file " + file, e);
        }
        if (text.length() < 32) {
            throw new IllegalArgumentException("the secret in " + file + " must be at least 32 characters");
        }
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static byte[] load(Path dataDir) {
        String env = System.getenv("CRAMPWISE_SECRET");
        if (env != null && !env.isBlank()) {
            if (env.length() < 32) {
                throw new IllegalArgumentException("CRAMPWISE_SECRET must be at least 32 characters");
            }
            return env.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(FILE);
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Path tmp = Files.createTempFile(dataDir, "secret", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the folder's own permissions apply
            }
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + dataDir.resolve(FILE), e);
        }
    }
}

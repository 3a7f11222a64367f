package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key that signs the interview answers (docs/SECURITY.md, "secrets at rest"). */
class SecretsTest {
    @TempDir
    Path data;

    @Test
    void the_signing_key_is_made_once_kept_for_its_owner_only_and_read_back_the_same() throws Exception {
        byte[] first = Secrets.load(data);
        String env = System.getenv("CRAMPWISE_SECRET");
        if (env != null && !env.isBlank()) {
            // A deployment's own secret wins and nothing is written to the data folder.
            assertThat(first).isEqualTo(env.getBytes(StandardCharsets.UTF_8));
            assertThat(data.resolve(Secrets.FILE)).doesNotExist();
            return;
        }
        Path file = data.resolve(Secrets.FILE);
        assertThat(first).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Secrets.load(data)).isEqualTo(first);
        assertThat(Secrets.load(Files.createDirectory(data.resolve("another")))).isNotEqualTo(first);
    }
}

package org.crampwise.app.storage;

import org.crampwise.app.TestFolders;
import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server for the tests of one JVM: {@code initdb} into a new temporary
 * folder, {@code pg_ctl start} on a free loopback port (its socket in that folder too, so it
 * never meets a system cluster), stopped and deleted when the JVM exits.
 *
 * <p>PostgreSQL refuses to run as root; as root (CI) the server runs as the {@code postgres}
 * user, which the Debian package creates, in a folder that user owns.
 */
final class PostgresServer {
    static final String SUPERUSER = "postgres";
    private static final String INSTALL = "Install the PostgreSQL server (Debian: apt-get install -y postgresql;"
            + " scripts/test does it), or set CRAMPWISE_PG_BINDIR to the folder with initdb and pg_ctl.";

    private final Path binDir;
    private final Path folder;
    private final int port;
    private final List<String> asServerUser;

    private PostgresServer(Path binDir, Path folder, int port, List<String> asServerUser) {
        this.binDir = binDir;
        this.folder = folder;
        this.port = port;
        this.asServerUser = asServerUser;
    }

    int port() {
        return port;
    }

    /** A JDBC connection to the server's maintenance database, as the superuser. */
    Connection admin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    static PostgresServer start() {
        Path binDir = findBinDir().orElseThrow(() -> new IllegalStateException(
                "The PostgreSQL tests need PostgreSQL's server programs (initdb, pg_ctl), which are not on this"
                        + " machine. " + INSTALL));
        boolean root = new UnixSystem().getUid() == 0;
        List<String> asServerUser = root ? List.of("runuser", "-u", SUPERUSER, "--") : List.of();
        Path folder;
        try {
            folder = root
                    ? Paths.get(run(asServerUser, List.of("mktemp", "-d", "-t", "crampwise-pg-XXXXXX")).strip())
                    : Files.createTempDirectory("crampwise-pg-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a folder for the test PostgreSQL server", e);
        }
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) { // a free port may be taken before the server binds it
            PostgresServer server = new PostgresServer(binDir, folder, freePort(), asServerUser);
            try {
                server.initAndStart(attempt == 0);
                Runtime.getRuntime().addShutdownHook(new Thread(server::stopAndDelete, "stop-test-postgresql"));
                return server;
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }

    private void initAndStart(boolean init) {
        Path data = folder.resolve("data");
        if (init) {
            run(asServerUser, List.of(binDir.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                    "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"));
        }
        // fsync off: these databases live only as long as the tests, and are faster without it.
        String options = "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1"
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        run(asServerUser, List.of(binDir.resolve("pg_ctl").toString(), "-D", data.toString(),
                "-l", folder.resolve("server.log").toString(), "-w", "-t", "60", "-o", options, "start"));
    }

    private void stopAndDelete() {
        try {
            run(asServerUser, List.of(binDir.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(),
                    "-m", "immediate", "-w", "stop"));
        } catch (RuntimeException e) {
            System.err.println("could not stop the test PostgreSQL server: " + e.getMessage());
        }
        TestFolders.delete(folder);
    }

    /** The newest installed PostgreSQL's bin folder: CRAMPWISE_PG_BINDIR, Debian's /usr/lib/postgresql/N/bin, or PATH. */
    static Optional<Path> findBinDir() {
        String configured = System.getenv("CRAMPWISE_PG_BINDIR");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Paths.get(configured)).filter(PostgresServer::hasServerPrograms);
        }
        Path debian = Paths.get("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(PostgresServer::hasServerPrograms)
                        .max(Comparator.comparingInt(PostgresServer::majorVersion));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // fall through to PATH
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(p -> !p.isEmpty()).map(Paths::get).filter(PostgresServer::hasServerPrograms).findFirst();
    }

    private static boolean hasServerPrograms(Path dir) {
        return Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"))
                && Files.isExecutable(dir.resolve("postgres"));
    }

    private static int majorVersion(Path binDir) {
        try {
            return Integer.parseInt(binDir.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the test PostgreSQL server", e);
        }
    }

    /** Runs a program to its end; its output, or an exception with the output when it fails. */
    private static String run(List<String> prefix, List<String> command) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(command);
        try {
            Process p = new ProcessBuilder(all).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("test PostgreSQL: " + String.join(" ", all) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("test PostgreSQL: cannot run " + all.get(0) + ": " + e.getMessage()
                    + ". " + INSTALL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + all.get(0), e);
        }
    }

    /** Makes a new, empty database on this server. */
    void createDatabase(String name) {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
    }
}

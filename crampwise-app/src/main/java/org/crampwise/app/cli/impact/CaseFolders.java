package org.crampwise.app.cli.impact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crampwise.engine.impact.ImpactCase;

/**
 * The case files of kb impact: every {@code *.json} directly in each folder, by file name. The
 * default folders are looked for from the working directory and skipped when absent; a folder
 * given on the command line must exist.
 */
final class CaseFolders {
    /** The contract's public vignettes, beside the project, and the project's own scenarios. */
    static final List<Path> DEFAULTS = List.of(Path.of("../shared/vignettes"),
            Path.of("crampwise-core/src/test/resources/scenarios"));

    /** A folder looked in, and the cases found there (none when it is absent). */
    record Folder(Path path, boolean found, List<ImpactCase> cases) {
        Folder {
            cases = List.copyOf(cases);
        }
    }

    /** A case folder or file that cannot be read, or a folder given that does not exist. */
    static final class UnusableException extends Exception {
        UnusableException(String message) {
            super(message);
        }
    }

    private CaseFolders() {
    }

    /** Reads the given folders, or the default ones when none is given. */
    static List<Folder> read(List<Path> given) throws UnusableException {
        boolean defaults = given == null || given.isEmpty();
        List<Folder> out = new ArrayList<>();
        for (Path dir : defaults ? DEFAULTS : given) {
            if (!Files.isDirectory(dir)) {
                if (!defaults) {
                    throw new UnusableException("--cases " + dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder"));
                }
                out.add(new Folder(dir, false, List.of()));
                continue;
            }
            out.add(new Folder(dir, true, readFolder(dir)));
        }
        if (out.stream().allMatch(f -> f.cases().isEmpty())) {
            throw new UnusableException("no case files (*.json) in " + String.join(", ", out.stream()
                    .map(f -> f.path() + (f.found() ? "" : " (not found)")).toList())
                    + (defaults ? "; run it from the project folder, or give --cases DIR" : ""));
        }
        return out;
    }

    private static List<ImpactCase> readFolder(Path dir) throws UnusableException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UnusableException(dir + ": cannot be read: " + e.getMessage());
        }
        List<ImpactCase> cases = new ArrayList<>(files.size());
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                cases.add(ImpactCase.parse(f.toString(), name.substring(0, name.length() - ".json".length()),
                        Files.readAllBytes(f)));
            } catch (IOException e) {
                throw new UnusableException(f + ": cannot be read: " + e.getMessage());
            }
        }
        return cases;
    }

    static List<ImpactCase> all(List<Folder> folders) {
        return folders.stream().flatMap(f -> f.cases().stream()).toList();
    }
}

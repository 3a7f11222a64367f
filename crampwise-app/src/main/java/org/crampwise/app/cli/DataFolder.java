package org.crampwise.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the folders and files a command is given, before anything is started or written. */
final class DataFolder {
    private DataFolder() {
    }

    /** The data folder exists (it is made when missing) and a file can be written in it. */
    static void writable(Path dir, String option) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new CommandMistake(CommandMistake.CANNOT, "cannot write in the data folder " + dir
                    + "; give a folder you can write to with " + option + ".");
        }
    }

    /** The folder a file is to be written in exists. */
    static void parentExists(Path file, String option) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CommandMistake(CommandMistake.CANNOT, "the folder " + parent + " does not exist; create it first,"
                    + " or give another " + option + ".");
        }
    }
}

package org.crampwise.app.cli;

/**
 * A person's mistake on the command line (a port in use, a missing file, a folder that cannot be
 * written): {@code Main} prints its message as one line, with no stack trace, and exits with its
 * status (listed in {@code crampwise --help}).
 */
public final class CommandMistake extends RuntimeException {
    /** Something around the command stopped it: a port, file, folder or database. */
    public static final int CANNOT = 1;
    /** An invalid option, setting or input. */
    public static final int INVALID = 2;

    private final int exitCode;

    public CommandMistake(int exitCode, String whatIsWrongAndWhatToDo) {
        super(whatIsWrongAndWhatToDo, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}

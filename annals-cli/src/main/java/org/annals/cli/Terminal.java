package org.annals.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output and standard error are terminals: progress is shown only on a terminal, and must make
 * way for output that lands on the same screen.
 *
 * <p>Java 17 cannot ask about one stream ({@code System.console()} says only that standard input and output are
 * both terminals), so on Linux the link {@code /proc/self/fd/N} is read: a terminal is a {@code /dev/pts/} or
 * {@code /dev/tty} device. Elsewhere both streams count as terminals exactly when {@code System.console()}
 * exists, which misses progress on a terminal when output is redirected, and never shows it in a pipe.
 *
 * @param stdout standard output is a terminal
 * @param stderr standard error is a terminal
 */
record Terminal(boolean stdout, boolean stderr) {

    /** Neither stream is a terminal: tests, embedding, pipes. */
    static final Terminal NONE = new Terminal(false, false);

    /** What this process's streams are. */
    static Terminal detect() {
        Path descriptors = Path.of("/proc/self/fd");
        if (Files.isDirectory(descriptors)) {
            return new Terminal(isTerminal(descriptors.resolve("1")), isTerminal(descriptors.resolve("2")));
        }
        boolean console = System.console() != null;
        return new Terminal(console, console);
    }

    private static boolean isTerminal(Path descriptor) {
        try {
            String target = Files.readSymbolicLink(descriptor).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}

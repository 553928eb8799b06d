package org.annals.cli;

/** The exit codes other tools rely on. */
final class ExitCodes {
    static final int OK = 0;
    /** Some inputs failed; the rest was processed. */
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}

package org.annals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --db} option of every command that uses the store. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "PATH", defaultValue = "annals-data/annals.duckdb",
            description = "The DuckDB database file. Default: ${DEFAULT-VALUE}.")
    Path path;

    /** The database, which must exist already: commands that only read never create one. */
    Path existing(CommandSpec spec) {
        if (!Files.isRegularFile(path)) {
            throw new ParameterException(spec.commandLine(), "no database at " + path + " (run 'annals ingest' first, or pass --db)");
        }
        return path;
    }
}

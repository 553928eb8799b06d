package org.annals.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that read articles. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files (.txt, .html, .jsonl, .rss, .atom, .xml, .warc, .warc.gz) or directories to read; '-' reads standard input.")
    List<Path> paths;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Date of articles that carry none (relative dates such as 'today' resolve against it).")
    LocalDate date;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: table (for people) or jsonl (one JSON object per input record). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    Optional<LocalDate> defaultDate() {
        return Optional.ofNullable(date);
    }
}

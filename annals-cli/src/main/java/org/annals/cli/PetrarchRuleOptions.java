package org.annals.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.events.PetrarchDiscards;
import org.annals.events.PetrarchVerbReader;
import org.annals.events.PetrarchVerbs;
import org.annals.pipeline.ImportedRules;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that bring event rules from PETRARCH/TABARI: verb dictionaries and discard lists (docs/petrarch.md). */
final class PetrarchRuleOptions {
    @Option(names = "--petrarch-verbs", paramLabel = "FILE",
            description = "A PETRARCH/TABARI verb dictionary (CAMEO.2.0.txt) coded beside the built-in patterns (repeatable; "
                    + "an earlier file wins a tie between rules).")
    List<Path> verbFiles = new ArrayList<>();

    @Option(names = "--petrarch-verbs-only",
            description = "Code with the --petrarch-verbs dictionaries alone, without the built-in patterns and --patterns files.")
    boolean verbsOnly;

    @Option(names = "--petrarch-discards", paramLabel = "FILE",
            description = "A PETRARCH discard list: a sentence with one of its phrases is not coded, a story with a '+' phrase "
                    + "not at all; each discard is a petrarch-discard diagnostic (repeatable).")
    List<Path> discardFiles = new ArrayList<>();

    /**
     * Reads the dictionaries and says on standard error what each gave and what was skipped. A missing file is a
     * usage error.
     */
    ImportedRules load(CommandSpec spec) {
        if (verbsOnly && verbFiles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--petrarch-verbs-only needs at least one --petrarch-verbs FILE");
        }
        return load(spec, verbFiles, !verbsOnly, discardFiles);
    }

    static ImportedRules load(CommandSpec spec, List<Path> verbFiles, boolean builtIn, List<Path> discardFiles) {
        PrintWriter err = spec.commandLine().getErr();
        List<PetrarchVerbs> verbs = new ArrayList<>();
        PetrarchVerbReader reader = new PetrarchVerbReader();
        PetrarchDiscards discards = PetrarchDiscards.NONE;
        try {
            for (Path file : verbFiles) {
                requireFile(spec, file, "verb");
                PetrarchVerbs read = reader.read(file);
                verbs.add(read);
                err.printf("verbs: %s: %d rules%n", file, read.patterns().size());
                if (read.problemCount() > 0) {
                    err.printf("verbs: %d lines skipped in %s, first: %s%n", read.problemCount(), file, read.problems().get(0));
                }
            }
            for (Path file : discardFiles) {
                requireFile(spec, file, "discard");
                PetrarchDiscards read = PetrarchDiscards.read(file);
                discards = discards.and(read);
                err.printf("discards: %s: %d phrases%n", file, read.size());
            }
        } catch (UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        err.flush();
        return new ImportedRules(verbs, builtIn, discards);
    }

    private static void requireFile(CommandSpec spec, Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no PETRARCH " + what + " file at " + file);
        }
    }
}

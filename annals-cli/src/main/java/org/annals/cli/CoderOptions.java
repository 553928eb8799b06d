package org.annals.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.annals.actors.ActorRegistry;
import org.annals.pipeline.ArticleCoder;
import org.annals.pipeline.ImportedRules;
import picocli.CommandLine.Mixin;
import org.annals.pipeline.BatchCoder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options that change how articles are coded. */
final class CoderOptions {
    @Option(names = "--patterns", paramLabel = "FILE",
            description = "An event-pattern file laid over the built-in patterns (repeatable; syntax in docs/patterns.md). "
                    + "A pattern with a built-in id replaces it.")
    List<Path> patterns = new ArrayList<>();

    @Option(names = "--fast",
            description = "Use Annals' rule-based shallow parse instead of CoreNLP's neural parser, and find named entities only "
                    + "in sentences with a word that can fire an event pattern, and there only near capitalised words "
                    + "(speed and accuracy cost in docs/benchmarks.md).")
    boolean fast;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Articles coded at once; 0 (the default) means one per core.")
    int threads;

    @Mixin
    ActorOptions actors;

    @Mixin
    PetrarchRuleOptions petrarch;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "" + BatchCoder.DEFAULT_ARTICLE_TIMEOUT_SECONDS,
            description = "Give up on an article whose coding takes longer than this (article-timeout); the batch goes on "
                    + "and the article is not stored, so a later run tries it again. 0 means no limit. Default: ${DEFAULT-VALUE}.")
    long articleTimeout;

    /** The time limit per article; zero for none. */
    Duration articleTimeout(CommandSpec spec) {
        if (articleTimeout < 0) {
            throw new ParameterException(spec.commandLine(), "--article-timeout must not be negative, got " + articleTimeout);
        }
        return Duration.ofSeconds(articleTimeout);
    }

    /** The number of coding threads: the option, or one per core. */
    int threads(CommandSpec spec) {
        if (threads < 0) {
            throw new ParameterException(spec.commandLine(), "--threads must be positive, got " + threads);
        }
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /**
     * Loads the coder; a malformed pattern file, a missing actor file or a malformed overlay is a usage error that
     * names its file and line. The registry is read before CoreNLP, so such a mistake is reported at once.
     */
    ArticleCoder load(CommandSpec spec) {
        ActorRegistry registry = actors.load(spec);
        return load(spec, registry, petrarch.load(spec));
    }

    /** Loads the coder with the given registry and imported rules (the PETRARCH compatibility run brings its own). */
    ArticleCoder load(CommandSpec spec, ActorRegistry registry, ImportedRules imported) {
        try {
            return ArticleCoder.load(patterns, registry, fast ? ArticleCoder.Mode.FAST : ArticleCoder.Mode.FULL, imported);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}

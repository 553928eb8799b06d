package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.ingest.InputReader;
import org.annals.ingest.InputRecord;
import org.annals.ingest.ReadOptions;
import org.annals.language.LanguageGuess;
import org.annals.language.LanguageIdentifier;
import org.annals.language.LinguaLanguageIdentifier;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.nlp.TextAnnotator;
import org.annals.pipeline.ArticleCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code annals bench}: measures what a user waits for, model load, the first article and warm articles,
 * and prints a Markdown report (the source of {@code docs/benchmarks.md}). One thread, the default pipeline.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure model load time, time to first result, warm articles/s, words/s and peak memory.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles to code (as for 'code').")
    List<Path> paths;

    @Option(names = "--rounds", defaultValue = "5", description = "Warm passes over the articles. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds must be at least 1, got " + rounds);
        }
        List<Article> articles = new ArrayList<>();
        for (InputRecord r : new InputReader(new ReadOptions(Optional.empty())).readAll(paths)) {
            r.article().ifPresent(articles::add);
        }
        if (articles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no readable article in " + paths);
        }
        // Loaded one after the other so that each load is timed; `code` and `ingest` load them side by side.
        long t0 = System.nanoTime();
        TimedLanguages languages = new TimedLanguages(LinguaLanguageIdentifier.load());
        double languageLoadSeconds = seconds(t0);
        long tNlp = System.nanoTime();
        TimedAnnotator nlp = new TimedAnnotator(CoreNlpAnnotator.load());
        ArticleCoder coder = ArticleCoder.withStages(languages, nlp);
        double loadSeconds = seconds(tNlp);
        long t1 = System.nanoTime();
        CodedArticle first = coder.code(articles.get(0));
        double firstSeconds = seconds(t1);
        long tokens = 0;
        long words = 0;
        int coded = 0;
        nlp.reset();
        languages.reset();
        long t2 = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (Article article : articles) {
                CodedArticle c = coder.code(article);
                coded++;
                words += article.text().split("\\s+").length;
                tokens += c.sentences().stream().mapToLong(s -> s.text().split("\\s+").length).sum();
            }
        }
        double warmSeconds = seconds(t2);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "| measure | value |%n| --- | --- |%n");
        out.printf(Locale.ROOT, "| articles (words) | %d (%d words each on average) |%n", articles.size(), words / coded);
        out.printf(Locale.ROOT, "| model and dictionary load | %.1f s |%n", loadSeconds);
        out.printf(Locale.ROOT, "| language models load (Lingua, all languages, low accuracy) | %.1f s |%n", languageLoadSeconds);
        out.printf(Locale.ROOT, "| first article after load | %.2f s (%d events) |%n", firstSeconds, first.events().size());
        out.printf(Locale.ROOT, "| warm, per article | %.2f s (%d articles over %d rounds) |%n", warmSeconds / coded, coded, rounds);
        out.printf(Locale.ROOT, "| warm throughput | %.2f articles/s, %.0f words/s |%n", coded / warmSeconds, tokens / warmSeconds);
        double nlpSeconds = nlp.seconds();
        out.printf(Locale.ROOT, "| warm, NLP stage (CoreNLP) | %.1f%% of the time |%n", 100 * nlpSeconds / warmSeconds);
        out.printf(Locale.ROOT, "| warm, language identification | %.1f ms per article |%n", 1000 * languages.seconds() / coded);
        out.printf(Locale.ROOT, "| warm, actors + places + quotes + events | %.1f ms per article |%n",
                1000 * (warmSeconds - nlpSeconds - languages.seconds()) / coded);
        out.printf(Locale.ROOT, "| peak heap | %d MB (max heap %d MB) |%n", peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        peakResidentKilobytes().ifPresent(kb -> out.printf(Locale.ROOT, "| peak resident memory | %d MB |%n", kb >> 10));
        out.flush();
        return ExitCodes.OK;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** VmHWM from /proc, where there is one (Linux). */
    private static Optional<Long> peakResidentKilobytes() {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Times the language stage. */
    private static final class TimedLanguages implements LanguageIdentifier {
        private final LanguageIdentifier delegate;
        private long nanos;

        TimedLanguages(LanguageIdentifier delegate) {
            this.delegate = delegate;
        }

        @Override
        public LanguageGuess identify(String text) {
            long start = System.nanoTime();
            try {
                return delegate.identify(text);
            } finally {
                nanos += System.nanoTime() - start;
            }
        }

        void reset() {
            nanos = 0;
        }

        double seconds() {
            return nanos / 1e9;
        }
    }

    /** Times the NLP stage, so the report can say how the time splits between CoreNLP and Annals' own stages. */
    private static final class TimedAnnotator implements TextAnnotator {
        private final TextAnnotator delegate;
        private long nanos;

        TimedAnnotator(TextAnnotator delegate) {
            this.delegate = delegate;
        }

        @Override
        public AnnotatedText annotate(String text, java.time.LocalDate date) {
            long start = System.nanoTime();
            try {
                return delegate.annotate(text, date);
            } finally {
                nanos += System.nanoTime() - start;
            }
        }

        void reset() {
            nanos = 0;
        }

        double seconds() {
            return nanos / 1e9;
        }
    }
}

package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.annals.eval.GoldReader;
import org.annals.eval.RootGroups;
import org.annals.ingest.ContentHash;
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
import org.annals.nlp.StageTimes;
import org.annals.nlp.TextAnnotator;
import org.annals.pipeline.ArticleCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code annals bench}: measures what a user waits for, model load, the first article and warm articles, the
 * share of each part of the NLP stage, and peak memory, and prints a Markdown report (the source of
 * {@code docs/benchmarks.md}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure model load time, time to first result, warm articles/s and tokens/s, the time of each "
                + "NLP part, and peak memory.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to code (as for 'code').")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--conflibert", paramLabel = "FILE",
            description = "Build the articles from ConfliBERT's cameo_class TSV instead: its sentences in file order, "
                    + "three to a paragraph, a new article once one has --article-words words (a corpus anyone can rebuild).")
    Path conflibert;

    @Option(names = "--article-words", defaultValue = "600", paramLabel = "N",
            description = "Words per article built with --conflibert. Default: ${DEFAULT-VALUE}.")
    int articleWords;

    @Option(names = "--rounds", defaultValue = "5", description = "Warm passes over the articles. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Articles coded at once in the warm passes. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--fast", description = "Measure the fast pipeline (see 'code --fast').")
    boolean fast;

    @Spec
    CommandSpec spec;

    /** Articles coded after the first and before the measured passes, so that they measure compiled code. */
    static final int WARM_UP_ARTICLES = 30;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds must be at least 1, got " + rounds);
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        List<Article> articles = new ArrayList<>();
        if (conflibert != null) {
            articles.addAll(conflibertArticles());
        }
        for (InputRecord r : new InputReader(new ReadOptions(Optional.empty())).readAll(paths)) {
            r.article().ifPresent(articles::add);
        }
        if (articles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no readable article in " + paths
                    + (conflibert == null ? "" : " or " + conflibert));
        }
        ArticleCoder.Mode mode = fast ? ArticleCoder.Mode.FAST : ArticleCoder.Mode.FULL;
        // Loaded one after the other so that each load is timed; `code` and `ingest` load them side by side.
        long tLanguages = System.nanoTime();
        TimedLanguages languages = new TimedLanguages(LinguaLanguageIdentifier.load());
        double languageLoadSeconds = seconds(tLanguages);
        long t0 = System.nanoTime();
        CoreNlpAnnotator annotator = ArticleCoder.annotator(mode);
        TimedAnnotator nlp = new TimedAnnotator(annotator);
        ArticleCoder coder = ArticleCoder.withStages(languages, nlp);
        double loadSeconds = seconds(t0);
        long t1 = System.nanoTime();
        CodedArticle first = coder.code(articles.get(0));
        double firstSeconds = seconds(t1);
        long words = 0;
        for (Article article : articles) {
            words += article.text().split("\\s+").length;
        }
        words *= rounds;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Measured measured = Measured.NONE;
        try {
            // Warm-up on every thread: the JIT compiles CoreNLP's and SUTime's hot paths over the first few dozen
            // articles (a one-round corpus run counted compilation as coding time, SUTime most), and each thread
            // that parses at the same time as another may get a parser of its own (-Dannals.parsers), loaded on first need.
            List<Article> warmUp = new ArrayList<>();
            for (int i = 0; i < WARM_UP_ARTICLES * threads; i++) {
                warmUp.add(articles.get(i % articles.size()));
            }
            codeAll(pool, coder, warmUp);
            // The parser caches products of the features it meets (CoreNlpAnnotator.PARSER_CACHE), so a pass over
            // text it has met is faster than a batch of new articles would be. Each half of the articles is
            // measured with a freshly loaded parser that has met only the other half: text of the same kind, as
            // in a long batch, but never the text measured. One article alone is measured with a fresh parser.
            List<List<Article>> halves = articles.size() < 2 ? List.of(articles)
                    : List.of(articles.subList(0, articles.size() / 2), articles.subList(articles.size() / 2, articles.size()));
            for (int half = 0; half < halves.size(); half++) {
                annotator.reloadParsers();
                if (halves.size() == 2) {
                    codeAll(pool, coder, halves.get(1 - half));
                }
                nlp.reset();
                languages.reset();
                annotator.stageTimes().reset();
                List<Article> work = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    work.addAll(halves.get(half));
                }
                long start = System.nanoTime();
                codeAll(pool, coder, work);
                measured = measured.plus(Measured.of(work.size(), seconds(start), nlp.seconds(), languages.seconds(),
                        annotator.stageTimes()));
            }
        } finally {
            pool.shutdown();
        }
        report(spec.commandLine().getOut(), articles.size(), words, loadSeconds, languageLoadSeconds,
                firstSeconds, first, measured, annotator.parserCount(), articles.size() >= 2);
        return ExitCodes.OK;
    }

    /** What the measured passes took: wall time, the NLP and language stages, and each NLP part, over all threads. */
    private record Measured(int articles, double wallSeconds, double nlpSeconds, double languageSeconds,
                            double[] partSeconds, long sentences, long analysedSentences, long tokens,
                            long entityWords, long dateWindows, long dateWindowsRun) {
        static final Measured NONE = new Measured(0, 0, 0, 0, new double[StageTimes.Part.values().length], 0, 0, 0, 0, 0, 0);

        static Measured of(int articles, double wallSeconds, double nlpSeconds, double languageSeconds, StageTimes stages) {
            double[] parts = new double[StageTimes.Part.values().length];
            for (StageTimes.Part part : StageTimes.Part.values()) {
                parts[part.ordinal()] = stages.seconds(part);
            }
            return new Measured(articles, wallSeconds, nlpSeconds, languageSeconds, parts, stages.sentences(),
                    stages.analysedSentences(), stages.tokens(), stages.entityWords(), stages.dateWindows(), stages.dateWindowsRun());
        }

        Measured plus(Measured other) {
            double[] parts = partSeconds.clone();
            for (int i = 0; i < parts.length; i++) {
                parts[i] += other.partSeconds[i];
            }
            return new Measured(articles + other.articles, wallSeconds + other.wallSeconds,
                    nlpSeconds + other.nlpSeconds, languageSeconds + other.languageSeconds, parts,
                    sentences + other.sentences, analysedSentences + other.analysedSentences, tokens + other.tokens,
                    entityWords + other.entityWords, dateWindows + other.dateWindows, dateWindowsRun + other.dateWindowsRun);
        }

        double seconds(StageTimes.Part part) {
            return partSeconds[part.ordinal()];
        }
    }

    private static void codeAll(ExecutorService pool, ArticleCoder coder, List<Article> articles) throws InterruptedException {
        try {
            for (Future<CodedArticle> done : pool.invokeAll(articles.stream().<Callable<CodedArticle>>map(a -> () -> coder.code(a)).toList())) {
                done.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("coding failed during the benchmark: " + e.getCause(), e.getCause());
        }
    }

    /** ConfliBERT's sentences grouped into news-sized articles: three sentences a paragraph. */
    private List<Article> conflibertArticles() {
        if (articleWords < 1) {
            throw new ParameterException(spec.commandLine(), "--article-words must be at least 1, got " + articleWords);
        }
        LocalDate date = LocalDate.of(2020, 1, 1);
        List<Article> articles = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int sentences = 0;
        int words = 0;
        for (RootGroups.Labelled sentence : GoldReader.conflibertClasses(conflibert, date)) {
            text.append(sentences == 0 ? "" : sentences % 3 == 0 ? "\n\n" : " ").append(sentence.text());
            sentences++;
            words += sentence.text().split("\\s+").length;
            if (words >= articleWords) {
                String id = "conflibert-" + (articles.size() + 1);
                articles.add(new Article(id, id, date, text.toString(), "", conflibert.toString(),
                        ContentHash.of(text.toString())));
                text.setLength(0);
                sentences = 0;
                words = 0;
            }
        }
        return articles;
    }

    private void report(PrintWriter out, int distinct, long words, double loadSeconds, double languageLoadSeconds,
                        double firstSeconds, CodedArticle first, Measured stages, CoreNlpAnnotator.ParserCount parsers, boolean folds) {
        int coded = stages.articles();
        double warmSeconds = stages.wallSeconds();
        double nlpSeconds = stages.nlpSeconds();
        double languageSeconds = stages.languageSeconds();
        long tokens = stages.tokens();
        out.printf(Locale.ROOT, "| measure | value |%n| --- | --- |%n");
        out.printf(Locale.ROOT, "| pipeline | %s, %d thread%s |%n", fast ? "fast (--fast)" : "default", threads, threads == 1 ? "" : "s");
        out.printf(Locale.ROOT, "| articles | %d (%d words, %d tokens each on average) |%n", distinct, words / coded, tokens / coded);
        out.printf(Locale.ROOT, "| model and dictionary load | %.1f s |%n", loadSeconds);
        out.printf(Locale.ROOT, "| language models load (Lingua, all languages, low accuracy) | %.1f s |%n",
                languageLoadSeconds);
        if (parsers.limit() > 0) {
            out.printf(Locale.ROOT, "| neural parsers loaded | %d (at most %d: -Dannals.parsers, within cores and heap) |%n",
                    parsers.loaded(), parsers.limit());
        }
        out.printf(Locale.ROOT, "| parser cache when measured | %s |%n", folds
                ? "warmed on the other half of the articles (each half measured with a fresh parser)"
                : "empty (a freshly loaded parser)");
        out.printf(Locale.ROOT, "| first article after load | %.2f s (%d events) |%n", firstSeconds, first.events().size());
        out.printf(Locale.ROOT, "| warm, per article (wall) | %.3f s (%d articles over %d rounds) |%n", warmSeconds / coded, coded, rounds);
        out.printf(Locale.ROOT, "| **warm throughput** | **%.2f articles/s**, %.0f tokens/s, %.0f words/s |%n",
                coded / warmSeconds, tokens / warmSeconds, words / warmSeconds);
        out.printf(Locale.ROOT, "| sentences fully analysed | %d of %d (%.0f%%) |%n", stages.analysedSentences(),
                stages.sentences(), 100.0 * stages.analysedSentences() / Math.max(1, stages.sentences()));
        out.printf(Locale.ROOT, "| named-entity CRF run on | %d of %d tokens (%.0f%%) |%n", stages.entityWords(), tokens,
                100.0 * stages.entityWords() / Math.max(1, tokens));
        out.printf(Locale.ROOT, "| SUTime run on | %d of %d windows around temporal cues (%.0f%%; the others hold no word an event asked about) |%n",
                stages.dateWindowsRun(), stages.dateWindows(), 100.0 * stages.dateWindowsRun() / Math.max(1, stages.dateWindows()));
        // Dates are found late, while the event stage codes (SentenceTimes), so they count as NLP here, not as events.
        double busy = nlpSeconds + stages.seconds(StageTimes.Part.DATES);
        for (StageTimes.Part part : StageTimes.Part.values()) {
            double s = stages.seconds(part);
            out.printf(Locale.ROOT, "| NLP: %s | %.1f ms per article, %.0f%% of NLP, %.0f tokens/s per thread |%n",
                    part.name().toLowerCase(Locale.ROOT), 1000 * s / coded, 100 * s / busy, tokens / Math.max(s, 1e-9));
        }
        out.printf(Locale.ROOT, "| language identification | %.1f ms per article |%n", 1000 * languageSeconds / coded);
        out.printf(Locale.ROOT, "| actors + places + quotes + events | %.1f ms per article |%n",
                1000 * Math.max(0, warmSeconds * threads - busy - languageSeconds) / coded);
        out.printf(Locale.ROOT, "| peak heap | %d MB (max heap %d MB) |%n", peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        peakResidentKilobytes().ifPresent(kb -> out.printf(Locale.ROOT, "| peak resident memory | %d MB |%n", kb >> 10));
        out.flush();
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

    /** Time spent in one stage, summed over all threads. */
    private static class Stopwatch {
        private final LongAdder nanos = new LongAdder();

        <T> T time(Supplier<T> work) {
            long start = System.nanoTime();
            try {
                return work.get();
            } finally {
                nanos.add(System.nanoTime() - start);
            }
        }

        void reset() {
            nanos.reset();
        }

        double seconds() {
            return nanos.sum() / 1e9;
        }
    }

    /** Times the language stage, over all threads. */
    private static final class TimedLanguages extends Stopwatch implements LanguageIdentifier {
        private final LanguageIdentifier delegate;

        TimedLanguages(LanguageIdentifier delegate) {
            this.delegate = delegate;
        }

        @Override
        public LanguageGuess identify(String text) {
            return time(() -> delegate.identify(text));
        }
    }

    /** Times the NLP stage, so the report can say how the time splits between CoreNLP and Annals' own stages. */
    private static final class TimedAnnotator extends Stopwatch implements TextAnnotator {
        private final TextAnnotator delegate;

        TimedAnnotator(TextAnnotator delegate) {
            this.delegate = delegate;
        }

        @Override
        public AnnotatedText annotate(String text, java.time.LocalDate date) {
            return time(() -> delegate.annotate(text, date));
        }
    }
}

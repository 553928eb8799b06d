package org.annals.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.annals.language.LanguageIdentifier;
import org.annals.language.LinguaLanguageIdentifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The language stage on its own: what deciding an article's language costs before any NLP runs. An article is
 * judged on three windows of 400 characters at most, so a long article costs what a 1,200-character one does. A
 * plainly English article is settled by its function words; a foreign one (Spanish here) is scored by Lingua.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LanguageBenchmark {
    private LanguageIdentifier languages;
    private String sample;
    private String longArticle;
    private String foreignArticle;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path file = Path.of(System.getProperty("annals.sample", "samples/venezuela-2019-01-23.txt"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no sample article at " + file.toAbsolutePath()
                    + " (run from the repository root or set -Dannals.sample)");
        }
        sample = Files.readString(file);
        longArticle = sample.repeat(60);
        Path foreign = Path.of(System.getProperty("annals.foreign", "annals-core/src/test/resources/languages/es.txt"));
        if (!Files.isRegularFile(foreign)) {
            throw new IllegalStateException("no foreign article at " + foreign.toAbsolutePath()
                    + " (run from the repository root or set -Dannals.foreign)");
        }
        foreignArticle = Files.readString(foreign).repeat(8);
        long start = System.nanoTime();
        languages = LinguaLanguageIdentifier.load();
        System.out.printf("# language models loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** The sample article, about 3,000 characters. */
    @Benchmark
    public String identifySampleArticle() {
        return languages.identify(sample).language();
    }

    /** The sample sixty times over, about 190,000 characters: the same three windows. */
    @Benchmark
    public String identifyLongArticle() {
        return languages.identify(longArticle).language();
    }

    /** A Spanish article of about 3,000 characters: the function words do not settle it, so Lingua runs. */
    @Benchmark
    public String identifyForeignArticle() {
        return languages.identify(foreignArticle).language();
    }

    /** One sentence. */
    @Benchmark
    public String identifySentence() {
        return languages.identify("Colombia expelled two Venezuelan diplomats on Tuesday.").language();
    }
}

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
 * judged on three windows of 400 characters at most, so a long article costs what a 1,200-character one does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LanguageBenchmark {
    private LanguageIdentifier languages;
    private String sample;
    private String longArticle;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path file = Path.of(System.getProperty("annals.sample", "samples/venezuela-2019-01-23.txt"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no sample article at " + file.toAbsolutePath()
                    + " (run from the repository root or set -Dannals.sample)");
        }
        sample = Files.readString(file);
        longArticle = sample.repeat(60);
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

    /** One sentence. */
    @Benchmark
    public String identifySentence() {
        return languages.identify("Colombia expelled two Venezuelan diplomats on Tuesday.").language();
    }
}

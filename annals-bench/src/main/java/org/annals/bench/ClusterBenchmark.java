package org.annals.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.annals.cluster.Fingerprint;
import org.annals.cluster.StoryMatcher;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU part of story clustering for one article: shingling, the MinHash signature and the band keys of the
 * sample article, and one signature comparison. The store's look-ups come on top (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClusterBenchmark {
    private String text;
    private StoryMatcher matcher;
    private Fingerprint fingerprint;
    private Fingerprint edited;

    @Setup(Level.Trial)
    public void readSample() throws IOException {
        Path sample = Path.of(System.getProperty("annals.sample", "samples/venezuela-2019-01-23.txt"));
        if (!Files.isRegularFile(sample)) {
            throw new IllegalStateException("no sample article at " + sample.toAbsolutePath()
                    + " (run from the repository root or set -Dannals.sample)");
        }
        text = new InputReader(new ReadOptions(Optional.empty())).readAll(List.of(sample)).get(0).article()
                .orElseThrow().text();
        matcher = StoryMatcher.standard();
        fingerprint = matcher.fingerprint(text).orElseThrow();
        edited = matcher.fingerprint(text + "\n\nAn added closing paragraph of a republication.").orElseThrow();
        System.out.println("# sample: " + fingerprint.shingles() + " shingles");
    }

    /** Shingles, signature and band keys of the sample article. */
    @Benchmark
    public Fingerprint fingerprintArticle() {
        return matcher.fingerprint(text).orElseThrow();
    }

    /** One candidate confirmation: the estimated similarity of two signatures. */
    @Benchmark
    public boolean compareSignatures() {
        return matcher.sameStory(fingerprint.signature(), edited.signature());
    }
}

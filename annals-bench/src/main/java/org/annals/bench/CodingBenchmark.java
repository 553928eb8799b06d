package org.annals.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.annals.actors.ActorRegistry;
import org.annals.actors.ActorResolver;
import org.annals.actors.DocumentActors;
import org.annals.actors.RegistryLoader;
import org.annals.events.CameoCodebook;
import org.annals.events.DependencyPatternCoder;
import org.annals.events.PatternFileReader;
import org.annals.geo.Gazetteer;
import org.annals.geo.PlaceResolver;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.model.Article;
import org.annals.model.Quote;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.quotes.QuoteAttributor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Annals' own stages with the NLP annotations in hand: actor resolution, quote attribution and event coding of
 * the sample article. Sentences per second = articles per second × the sentence count printed at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodingBenchmark {
    private AnnotatedText text;
    private LocalDate date;
    private ActorResolver actors;
    private QuoteAttributor quotes;
    private DependencyPatternCoder events;
    private ActorRegistry registry;
    private PlaceResolver places;

    @Setup(Level.Trial)
    public void annotateOnce() throws IOException {
        Path sample = Path.of(System.getProperty("annals.sample", "samples/venezuela-2019-01-23.txt"));
        if (!Files.isRegularFile(sample)) {
            throw new IllegalStateException("no sample article at " + sample.toAbsolutePath()
                    + " (run from the repository root or set -Dannals.sample)");
        }
        Article article = new InputReader(new ReadOptions(Optional.empty())).readAll(List.of(sample)).get(0)
                .article().orElseThrow();
        date = article.date();
        text = CoreNlpAnnotator.load().annotate(article.text(), date);
        registry = RegistryLoader.loadBuiltIn();
        actors = new ActorResolver(registry);
        quotes = new QuoteAttributor();
        places = new PlaceResolver(Gazetteer.loadBuiltIn(), registry);
        CameoCodebook codebook = CameoCodebook.loadBuiltIn();
        events = new DependencyPatternCoder(new PatternFileReader(codebook).readBuiltIn(), codebook);
        System.out.println("# sample: " + text.sentences().size() + " sentences");
    }

    /** Actors, places, quotes and events on one article. */
    @Benchmark
    public int codeAnnotatedArticle() {
        DocumentActors found = actors.resolve(text, date);
        List<Quote> attributed = quotes.attribute(text, found);
        return events.code("sample", date, text, found, attributed, places.resolve(text, found)).size();
    }

    /** Actor resolution alone. */
    @Benchmark
    public int resolveActors() {
        return actors.resolve(text, date).all().size();
    }

    /** One registry lookup of a demonym, the innermost operation of actor resolution. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @BenchmarkMode(Mode.AverageTime)
    public int lookupDemonym() {
        return registry.lookup("Venezuelan").size();
    }
}

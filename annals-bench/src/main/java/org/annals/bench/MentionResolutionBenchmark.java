package org.annals.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.annals.actors.ActorRegistry;
import org.annals.actors.ActorResolver;
import org.annals.actors.RegistryLoader;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.model.Article;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.nlp.TextAnnotator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What resolving actor mentions costs, with the NLP annotations in hand: a whole article, a one-mention sentence,
 * and the registry lookups underneath, with the built-in registry and with 27,000 imported PETRARCH entries. The
 * cost of one mention is {@code resolveSampleArticle} divided by the mention count printed at set-up. Run from
 * the repository root; {@code -p petrarch=DIR} points at the dictionaries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MentionResolutionBenchmark {
    @Param("../shared/reference/petrarch2/dictionaries")
    public String petrarch;

    private ActorRegistry builtIn;
    private ActorRegistry layered;
    private ActorResolver resolver;
    private ActorResolver layeredResolver;
    private AnnotatedText article;
    private AnnotatedText sentence;
    private LocalDate date;

    @Setup(Level.Trial)
    public void annotateOnce() {
        Path dir = Path.of(petrarch);
        builtIn = RegistryLoader.loadBuiltIn();
        layered = RegistryLoader.load(List.of(dir.resolve("Phoenix.Countries.actors.txt"),
                dir.resolve("Phoenix.International.actors.txt"), dir.resolve("Phoenix.MilNonState.actors.txt")), Optional.empty());
        resolver = new ActorResolver(builtIn);
        layeredResolver = new ActorResolver(layered);
        Path sample = Path.of(System.getProperty("annals.sample", "samples/venezuela-2019-01-23.txt"));
        Article a = new InputReader(new ReadOptions(Optional.empty())).readAll(List.of(sample)).get(0).article().orElseThrow();
        date = a.date();
        TextAnnotator nlp = CoreNlpAnnotator.load();
        article = nlp.annotate(a.text(), date);
        sentence = nlp.annotate("Venezuelan opposition leader Juan Guaidó declared himself president.", date);
        var actors = resolver.resolve(article, date);
        System.out.printf("# sample: %d sentences, %d actor mentions, %d unknown-name mentions%n",
                article.sentences().size(), actors.all().size(), actors.unknown().size());
    }

    /** Every actor mention of the sample article (built-in registry). */
    @Benchmark
    public int resolveSampleArticle() {
        return resolver.resolve(article, date).all().size();
    }

    /** The same with the Phoenix dictionaries laid over the registry. */
    @Benchmark
    public int resolveSampleArticleWithPhoenix() {
        return layeredResolver.resolve(article, date).all().size();
    }

    /** A one-sentence document with one person mention ("Venezuelan opposition leader Juan Guaidó"). */
    @Benchmark
    public int resolveOneMention() {
        return resolver.resolve(sentence, date).all().size();
    }

    /** One full-name lookup in the built-in registry. */
    @Benchmark
    public int lookupFullName() {
        return builtIn.lookup("Nicolás Maduro").size();
    }

    /** The same lookup with 27,000 imported entries: a hash lookup does not grow with the registry. */
    @Benchmark
    public int lookupFullNameWithPhoenix() {
        return layered.lookup("Nicolás Maduro").size();
    }

    /** Persons by surname, as for a later "Maduro", with the imported entries. */
    @Benchmark
    public int lookupSurnameWithPhoenix() {
        return layered.personsWithSurname("Maduro").size();
    }
}

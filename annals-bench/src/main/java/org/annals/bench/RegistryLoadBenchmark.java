package org.annals.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.annals.actors.RegistryLoader;
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
 * How long the actor registry takes to load: the built-in files, and the built-in files with PETRARCH's three
 * Phoenix dictionaries (about 27,000 entries) laid over them. Warm by default; {@code -bm ss -wi 0 -i 1 -f 10}
 * measures the first load in fresh JVMs, which is what a command pays. Run from the repository root;
 * {@code -p petrarch=DIR} points at the dictionaries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RegistryLoadBenchmark {
    @Param("../shared/reference/petrarch2/dictionaries")
    public String petrarch;

    private List<Path> phoenix;

    @Setup(Level.Trial)
    public void findDictionaries() {
        Path dir = Path.of(petrarch);
        phoenix = List.of(dir.resolve("Phoenix.Countries.actors.txt"), dir.resolve("Phoenix.International.actors.txt"),
                dir.resolve("Phoenix.MilNonState.actors.txt"));
        for (Path file : phoenix) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("no PETRARCH dictionary at " + file.toAbsolutePath()
                        + " (run from the repository root with ../shared beside it, or pass -p petrarch=DIR)");
            }
        }
    }

    /** The built-in registry: parsing the four files and indexing every name. */
    @Benchmark
    public int loadBuiltIn() {
        return RegistryLoader.loadBuiltIn().size();
    }

    /** The built-in registry with the three Phoenix dictionaries laid over it. */
    @Benchmark
    public int loadWithPhoenix() {
        return RegistryLoader.load(phoenix, Optional.empty()).size();
    }
}

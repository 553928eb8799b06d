package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.actors.RegistryLoader;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.model.Actor;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.UnknownName;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The actor acceptance checks on the sample article (Guaidó VENOPP, Maduro VENGOV, Trump and Pompeo USAGOV,
 * Gladys Ibarra VENCVL), with the built-in registry and with PETRARCH's Phoenix dictionaries laid over it; and
 * the names the registry lacks, recorded for learning.
 */
class SampleActorsTest {
    private static final Path PHOENIX = Path.of("../../shared/reference/petrarch2/dictionaries");

    private static Article sample() {
        return new InputReader(new ReadOptions(Optional.empty()))
                .readAll(List.of(Path.of("src/test/resources/samples/venezuela-2019-01-23.txt"))).get(0).article().orElseThrow();
    }

    private static void assertAcceptance(CodedArticle coded) {
        assertCode(coded, "Juan Guaidó", "VENOPP");
        assertCode(coded, "Nicolás Maduro", "VENGOV");
        assertCode(coded, "Donald Trump", "USAGOV");
        assertCode(coded, "Mike Pompeo", "USAGOV");
        assertCode(coded, "Gladys Ibarra", "VENCVL");
    }

    /** Every mention carried under this name has the code, and there is at least one. */
    private static void assertCode(CodedArticle coded, String name, String code) {
        List<Actor> mentions = coded.actors().stream()
                .filter(a -> a.name().equals(name) || a.name().equals(name.replace("á", "a").replace("ó", "o"))).toList();
        assertTrue(!mentions.isEmpty(), "no mention of " + name + " in " + coded.actors());
        for (Actor a : mentions) {
            assertEquals(code, a.code(), a.toString());
        }
    }

    @Test
    void builtInRegistry_codesTheSampleActors_andRecordsTheNamesItLacks() {
        CodedArticle coded = SharedCoder.get().code(sample());
        assertAcceptance(coded);
        List<UnknownName> ibarra = coded.unknown().stream().filter(u -> u.name().equals("Gladys Ibarra")).toList();
        assertEquals(1, ibarra.size(), coded.unknown().toString());
        assertEquals(Optional.of("VENCVL"), ibarra.get(0).code());
        List<UnknownName> post = coded.unknown().stream().filter(u -> u.name().equals("Washington Post")).toList();
        assertEquals(List.of("Washington Post", "Post", "Post"), post.stream().map(UnknownName::text).toList());
        assertTrue(post.stream().allMatch(u -> u.kind() == UnknownName.Kind.ORGANIZATION && u.code().isEmpty()));
        assertTrue(coded.unknown().stream().noneMatch(u -> u.name().contains("Guaid") || u.name().contains("Maduro")),
                "registry persons are not unknown: " + coded.unknown());
    }

    @Test
    void withPhoenixDictionariesOverTheRegistry_theSampleActorsStay() {
        Assumptions.assumeTrue(Files.isDirectory(PHOENIX), "PETRARCH dictionaries not found at " + PHOENIX.toAbsolutePath()
                + "; this test needs ../shared/reference beside the checkout");
        List<Path> files = List.of(PHOENIX.resolve("Phoenix.Countries.actors.txt"),
                PHOENIX.resolve("Phoenix.International.actors.txt"), PHOENIX.resolve("Phoenix.MilNonState.actors.txt"));
        CodedArticle coded = SharedCoder.withRegistry(RegistryLoader.load(files, Optional.empty())).code(sample());
        assertAcceptance(coded);
        assertTrue(coded.actors().stream().anyMatch(a -> a.reason().contains("Phoenix.Countries.actors.txt")),
                "the imported entries are used: " + coded.actors());
    }
}

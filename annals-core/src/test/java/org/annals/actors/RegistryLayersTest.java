package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's layers: built-in, then PETRARCH files in order, then the user's overlay. */
class RegistryLayersTest {
    private static final LocalDate DAY = LocalDate.of(2019, 1, 23);

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static String code(ActorRegistry registry, String name) {
        return registry.lookup(name).get(0).entry().codeOn(DAY).orElse("-");
    }

    @Test
    void overlayWinsOverPetrarch_whichWinsOverBuiltIn() throws IOException {
        Path petrarch = file("a.actors.txt", "NICOLAS_MADURO_ [VENELI]", "GLADYS_IBARRA_ [VENBUS]");
        Path overlay = file("actors.tsv", "GLADYS_IBARRA\tGladys Ibarra\t\tVENCVL\tperson");
        assertEquals("VENGOV", code(RegistryLoader.loadBuiltIn(), "Nicolás Maduro"));
        ActorRegistry withPetrarch = RegistryLoader.load(List.of(petrarch), Optional.empty());
        assertEquals("VENELI", code(withPetrarch, "Nicolas Maduro"), "an imported file hides the built-in entry for its names");
        assertEquals("VENGOV", code(withPetrarch, "Nicolás Maduro Moros"), "other names of the built-in entry still work");
        assertTrue(withPetrarch.hiddenBy("Nicolas Maduro").get(0).entry().source().startsWith("built-in"));
        ActorRegistry all = RegistryLoader.load(List.of(petrarch), Optional.of(overlay));
        assertEquals("VENCVL", code(all, "Gladys Ibarra"));
        assertEquals(3, all.layers().size());
        assertEquals(1, all.layers().get(2).replaced());
    }

    @Test
    void laterPetrarchFile_winsOverAnEarlierOne() throws IOException {
        Path first = file("1.txt", "JUAN_PEREZ_ [VENBUS]");
        Path second = file("2.txt", "JUAN_PEREZ_ [VENMIL]");
        assertEquals("VENMIL", code(RegistryLoader.load(List.of(first, second), Optional.empty()), "Juan Perez"));
        assertEquals("VENBUS", code(RegistryLoader.load(List.of(second, first), Optional.empty()), "Juan Perez"));
    }

    @Test
    void importedNameThatSaysNoMore_keepsTheBuiltInDemonymAndCapital() throws IOException {
        Path petrarch = file("p.txt", "VENEZUELA_ [VEN]", "+VENEZUELAN_", "+CARACAS_", "WASHINGTON [USAGOV]");
        ActorRegistry registry = RegistryLoader.load(List.of(petrarch), Optional.empty());
        assertEquals(ActorRegistry.NameKind.ADJECTIVE, registry.lookup("Venezuelan").get(0).kind());
        assertEquals(ActorRegistry.NameKind.CAPITAL, registry.lookup("Caracas").get(0).kind());
        assertEquals(ActorRegistry.NameKind.CAPITAL, registry.lookup("Washington").get(0).kind(), "USAGOV is what the capital gives");
        assertEquals(4, registry.layers().get(1).sameAsBelow());
    }

    @Test
    void hiddenPerson_isNotFoundBySurnameEither() throws IOException {
        Path overlay = file("actors.tsv", "OTHER\tNicolás Maduro\tNicolas Maduro|Nicolás Maduro Moros|Nicolas Maduro Moros\t\torganization");
        ActorRegistry registry = RegistryLoader.load(List.of(), Optional.of(overlay));
        assertTrue(registry.personsWithSurname("Maduro").stream().noneMatch(e -> e.name().startsWith("Nicol")),
                registry.personsWithSurname("Maduro").toString());
        assertTrue(RegistryLoader.loadBuiltIn().personsWithSurname("Maduro").stream()
                .anyMatch(e -> e.name().startsWith("Nicol")), "the built-in registry has him");
    }

    @Test
    void overlayLineWithTheIdOfABuiltInPerson_extendsThatPerson() throws IOException {
        ActorRegistry builtIn = RegistryLoader.loadBuiltIn();
        RegistryEntry cabello = builtIn.lookup("Diosdado Cabello").get(0).entry();
        assertEquals(Optional.empty(), cabello.codeOn(DAY), "the built-in registry has no role for him that day");
        Path overlay = file("actors.tsv", "DIOSDADO_CABELLO\tDiosdado Cabello\tDiosdado Cabello Rondón\tVENLEG@2017-08-04..2024-08-26\tperson");
        ActorRegistry extended = RegistryLoader.load(List.of(), Optional.of(overlay));
        RegistryEntry merged = extended.lookup("Diosdado Cabello").get(0).entry();
        assertEquals(Optional.of("VENLEG"), merged.codeOn(DAY));
        assertEquals(cabello.codeOn(LocalDate.of(2005, 1, 1)), merged.codeOn(LocalDate.of(2005, 1, 1)), "the built-in roles stay");
        assertEquals(Optional.of("VENLEG"), extended.lookup("Diosdado Cabello Rondón").get(0).entry().codeOn(DAY));
    }

    @Test
    void overlayLinesOfOneId_addUp_andALaterUndatedCodeWins() throws IOException {
        Path overlay = file("actors.tsv",
                "# comment",
                "JANE_ROE\tJane Roe\t\tVENCVL\tperson",
                "JANE_ROE\tJane Roe\tJ. Roe\tVENGOV@2020-01-01..",
                "JANE_ROE\tJane Roe\t\tVENOPP\tperson");
        ActorRegistry registry = RegistryLoader.load(List.of(), Optional.of(overlay));
        RegistryEntry roe = registry.lookup("J. Roe").get(0).entry();
        assertEquals(Optional.of("VENOPP"), roe.codeOn(DAY));
        assertEquals(Optional.of("VENGOV"), roe.codeOn(LocalDate.of(2021, 1, 1)));
    }

    @Test
    void malformedOverlay_namesFileAndLine() throws IOException {
        Path bad = file("actors.tsv", "JANE_ROE\tJane Roe\t\tvengov");
        RegistryFormatException e = assertThrows(RegistryFormatException.class,
                () -> RegistryLoader.load(List.of(), Optional.of(bad)));
        assertTrue(e.getMessage().contains("actors.tsv:1") && e.getMessage().contains("'vengov'"), e.getMessage());
        Path clash = file("clash.tsv", "X\tX Org\t\tIGOXXX\torganization", "X\tX Org\t\tVENGOV\tperson");
        assertThrows(RegistryFormatException.class, () -> RegistryLoader.load(List.of(), Optional.of(clash)));
        Path kind = file("kind.tsv", "X\tX\t\tVENGOV\tcountry");
        assertThrows(RegistryFormatException.class, () -> RegistryLoader.load(List.of(), Optional.of(kind)));
    }
}

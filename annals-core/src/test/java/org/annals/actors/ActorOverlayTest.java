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

class ActorOverlayTest {
    @TempDir
    Path dir;

    private static ActorOverlay.Addition person(String name, String code) {
        return new ActorOverlay.Addition(name, code, Optional.empty(), Optional.empty(), RegistryEntry.Kind.PERSON);
    }

    @Test
    void append_createsTheFileWithAHeader_andTheRegistryReadsIt() throws IOException {
        Path file = dir.resolve("deep/er/actors.tsv");
        String line = ActorOverlay.append(file, person("Gladys Ibarra", "VENCVL"));
        assertEquals("GLADYS_IBARRA\tGladys Ibarra\t\tVENCVL\tperson", line);
        ActorOverlay.append(file, new ActorOverlay.Addition("Fedecámaras", "VENBUS", Optional.of(LocalDate.of(2019, 1, 1)),
                Optional.empty(), RegistryEntry.Kind.ORGANIZATION));
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("# Annals actor overlay"), lines.get(0));
        assertEquals("FEDECAMARAS\tFedecámaras\t\tVENBUS@2019-01-01..\torganization", lines.get(lines.size() - 1));
        ActorRegistry registry = RegistryLoader.load(List.of(), Optional.of(file));
        assertEquals(Optional.of("VENCVL"), registry.lookup("Gladys Ibarra").get(0).entry().codeOn(LocalDate.now()));
        assertEquals(RegistryEntry.Kind.ORGANIZATION, registry.lookup("Fedecamaras").get(0).entry().kind());
    }

    @Test
    void append_afterAHandEditedLastLineWithoutBreak_startsANewLine() throws IOException {
        Path file = Files.writeString(dir.resolve("actors.tsv"), "JANE_ROE\tJane Roe\t\tVENCVL");
        ActorOverlay.append(file, person("John Doe", "VENGOV"));
        assertEquals(List.of("JANE_ROE\tJane Roe\t\tVENCVL", "JOHN_DOE\tJohn Doe\t\tVENGOV\tperson"), Files.readAllLines(file));
    }

    @Test
    void append_refusesAnIdOfAnotherKind_andAMalformedOverlay() throws IOException {
        Path file = dir.resolve("actors.tsv");
        ActorOverlay.append(file, person("Acme", "VENBUS"));
        assertThrows(RegistryFormatException.class, () -> ActorOverlay.append(file,
                new ActorOverlay.Addition("Acme", "VENBUS", Optional.empty(), Optional.empty(), RegistryEntry.Kind.ORGANIZATION)));
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "only\tthree\tcolumns\n");
        assertThrows(RegistryFormatException.class, () -> ActorOverlay.append(bad, person("John Doe", "VENGOV")));
    }

    @Test
    void additions_checkTheirValues() {
        IllegalArgumentException code = assertThrows(IllegalArgumentException.class, () -> person("Jane Roe", "VENGO"));
        assertTrue(code.getMessage().contains("'VENGO'"), code.getMessage());
        assertThrows(IllegalArgumentException.class, () -> person("Jane\tRoe", "VENGOV"));
        assertThrows(IllegalArgumentException.class, () -> person("  ", "VENGOV"));
        assertThrows(IllegalArgumentException.class, () -> new ActorOverlay.Addition("Jane Roe", "VENGOV",
                Optional.of(LocalDate.of(2020, 1, 1)), Optional.of(LocalDate.of(2019, 1, 1)), RegistryEntry.Kind.PERSON));
        assertThrows(IllegalArgumentException.class, () -> new ActorOverlay.Addition("Ruritania", "RUR",
                Optional.empty(), Optional.empty(), RegistryEntry.Kind.COUNTRY));
        assertEquals("NICOLAS_MADURO_MOROS", ActorOverlay.idOf(" Nicolás  Maduro-Moros "));
        assertEquals("VENGOV@..2013-03-05", new ActorOverlay.Addition("X", "VENGOV", Optional.empty(),
                Optional.of(LocalDate.of(2013, 3, 5)), RegistryEntry.Kind.PERSON).line().split("\t")[3]);
    }
}

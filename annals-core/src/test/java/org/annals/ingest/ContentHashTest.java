package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void whitespaceChanges_keepTheHash() {
        String hash = ContentHash.of("Maduro broke ties with the U.S.\n\nPompeo said no.");
        assertEquals(hash, ContentHash.of("  Maduro  broke ties\twith the U.S. Pompeo\u00A0said no.\r\n"));
    }

    @Test
    void composedAndDecomposedAccents_giveTheSameHash() {
        assertEquals(ContentHash.of("Guaid\u00F3"), ContentHash.of("Guaido\u0301"));
    }

    @Test
    void differentWords_giveDifferentHashes() {
        assertNotEquals(ContentHash.of("Maduro stays."), ContentHash.of("Maduro leaves."));
    }

    @Test
    void hash_isLowercaseHexSha256() {
        String hash = ContentHash.of("abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
        assertTrue(hash.matches("[0-9a-f]{64}"));
    }
}

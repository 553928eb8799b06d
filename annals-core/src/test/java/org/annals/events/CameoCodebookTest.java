package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CameoCodebookTest {
    private final CameoCodebook codebook = CameoCodebook.loadBuiltIn();

    @Test
    void everyRootIsPresent() {
        for (int root = 1; root <= 20; root++) {
            String code = String.format("%02d", root);
            assertTrue(codebook.find(code).isPresent(), "root " + code);
        }
        assertTrue(codebook.all().size() > 250, "codes: " + codebook.all().size());
    }

    @Test
    void quadClass_followsGdelt() {
        assertEquals(1, codebook.get("054").quadClass());
        assertEquals(2, codebook.get("070").quadClass());
        assertEquals(3, codebook.get("138").quadClass());
        assertEquals(4, codebook.get("141").quadClass());
        assertEquals(4, codebook.get("163").quadClass());
    }

    @Test
    void goldstein_ofRecognitionAndSanctions() {
        assertEquals(6.0, codebook.get("054").goldstein());
        assertEquals(-8.0, codebook.get("163").goldstein());
        assertEquals("Reduce or break diplomatic relations", codebook.get("161").name());
    }

    @Test
    void rootRows_carryTheValueOfTheirX0Code() {
        for (int root = 1; root <= 20; root++) {
            String code = String.format("%02d", root);
            assertEquals(codebook.get(code).goldstein(), codebook.get(code + "0").goldstein(), code);
        }
    }

    @Test
    void unknownCode_isAnError() {
        assertThrows(IllegalArgumentException.class, () -> codebook.get("999"));
        assertThrows(IllegalArgumentException.class, () -> new CameoCode("5", "x", 0));
    }
}

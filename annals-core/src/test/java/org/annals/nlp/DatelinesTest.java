package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatelinesTest {

    private static String blanked(String text) {
        String out = Datelines.blank(text);
        assertEquals(text.length(), out.length(), "offsets must not move");
        return out.strip();
    }

    @Test
    void wireDatelines_areBlanked() {
        assertEquals("The United States imposed sanctions.", blanked("WASHINGTON (AP) — The United States imposed sanctions."));
        assertEquals("Troops fired on protesters.", blanked("CARACAS, Venezuela (Reuters) - Troops fired on protesters."));
        assertEquals("Russia said.", blanked("MOSCOW, Jan 23 (Reuters) - Russia said."));
        assertEquals("French President Emmanuel Macron rejected it.",
                blanked("New York (CNN) French President Emmanuel Macron rejected it."));
        assertEquals("Russia condemned the strikes.", blanked("MOSCOW — Russia condemned the strikes."));
    }

    @Test
    void onlyAtTheStartOfALine_andTheRestKeepsItsPlace() {
        String text = "Headline about Venezuela\n\nCARACAS (AFP) -- Maduro spoke.\nHe said (AP) - nothing.";
        String out = Datelines.blank(text);
        assertEquals(text.indexOf("Maduro"), out.indexOf("Maduro"));
        assertEquals(-1, out.indexOf("CARACAS"));
        assertEquals(text.substring(text.indexOf("He said")), out.substring(out.indexOf("He said")));
    }

    @Test
    void bracketsThatAreNoSource_stay() {
        for (String text : new String[] {
                "Maduro (pictured) said the talks had failed.",
                "Hugo Chavez (1954-2013) - the late president - was revered.",
                "Pompeo (R) met Guaidó on Monday.",
                "The U.S. responded with sanctions.",
                "Defying Maduro's Order, Pompeo Says U.S. Diplomats Will Not Leave Venezuela"}) {
            assertEquals(text, Datelines.blank(text), text);
        }
    }
}

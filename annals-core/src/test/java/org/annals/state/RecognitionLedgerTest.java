package org.annals.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;

/** Recognition rules on hand-made events: conflicting reports, stated over implied. */
class RecognitionLedgerTest {
    private static final LocalDate DAY = LocalDate.of(2019, 1, 24);

    private static Actor country(String code) {
        return new Actor(code, code, code, "country:" + code, "test", 0, new Span(0, 3));
    }

    private static Actor person(String code, String id, String name) {
        return new Actor(code, name, name, "person:" + id, "test", 0, new Span(4, 10));
    }

    private static Event recognition(String article, Actor source, Actor target, boolean negated) {
        return new Event(article, source, Optional.of(target), "054", "05", 1, 6.0, EventDate.ofDay(DAY, "test"), 0,
                new Span(0, 20), "recognize", "recognize", negated ? Set.of(Modality.NEGATED) : Set.of(), Optional.empty(), Optional.empty());
    }

    @Test
    void conflictingReportsOfTheSameDay_areKeptSideBySide() {
        Actor guaido = person("VENOPP", "JUAN_GUAIDO", "Juan Guaidó");
        RecognitionLedger ledger = new RecognitionLedger(List.of(
                recognition("a", country("MEX"), guaido, false),
                recognition("b", country("MEX"), guaido, true)));
        List<Recognition> stances = ledger.stancesOn(Party.of(guaido), DAY);
        assertEquals(2, stances.size(), stances.toString());
        assertEquals(Optional.empty(), ledger.stance(Party.country("MEX"), Party.of(guaido), DAY), "no single stance");
    }

    @Test
    void statedStance_beatsAnImpliedOneOfTheSameDay() {
        Actor guaido = person("VENOPP", "JUAN_GUAIDO", "Juan Guaidó");
        Actor maduro = person("VENGOV", "NICOLAS_MADURO", "Nicolás Maduro");
        RecognitionLedger ledger = new RecognitionLedger(List.of(
                recognition("a", country("BRA"), guaido, false),
                recognition("b", country("BRA"), maduro, false)));
        // Recognising Guaidó implies not recognising Maduro, but Brazil also said it recognises Maduro.
        Recognition stance = ledger.stance(Party.country("BRA"), Party.of(maduro), DAY).orElseThrow();
        assertEquals(Recognition.Stance.RECOGNIZES, stance.stance());
        assertEquals(Evidence.STATED, stance.evidence().confidence());
    }

    @Test
    void titles_readOfficesAndClaims() {
        assertEquals(Optional.of(new OfficeTitle.Reading(OfficeTitle.Office.HEAD_OF_STATE, true)),
                OfficeTitle.read("President Nicolás Maduro"));
        assertEquals(Optional.of(new OfficeTitle.Reading(OfficeTitle.Office.HEAD_OF_STATE, false)),
                OfficeTitle.read("interim president Juan Guaidó"));
        assertEquals(Optional.of(new OfficeTitle.Reading(OfficeTitle.Office.HEAD_OF_GOVERNMENT, true)),
                OfficeTitle.read("Prime Minister Boris Johnson"));
        assertEquals(Optional.of(new OfficeTitle.Reading(OfficeTitle.Office.LEGISLATURE, true)),
                OfficeTitle.read("Speaker Nancy Pelosi"));
        assertEquals(Optional.empty(), OfficeTitle.read("former president Nicolas Maduro"));
        assertEquals(Optional.empty(), OfficeTitle.read("Vice President Mike Pence"));
        assertEquals(Optional.empty(), OfficeTitle.read("U.S. Secretary of State Mike Pompeo"));
    }

    @Test
    void noStanceBeforeTheFirstReport() {
        Actor guaido = person("VENOPP", "JUAN_GUAIDO", "Juan Guaidó");
        RecognitionLedger ledger = new RecognitionLedger(List.of(recognition("a", country("USA"), guaido, false)));
        assertEquals(List.of(), ledger.stancesOn(Party.of(guaido), DAY.minusDays(1)));
    }
}

package org.annals.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads PETRARCH's unit-test records ({@code PETR.UnitTest.records.xml}): each {@code <Sentence id date>} with its
 * {@code <Text>} and expected {@code <EventCoding sourcecode targetcode eventcode>} (or {@code noevents}). The
 * records' Penn Treebank parses are not read: Annals parses the text itself. A record PETRARCH marks
 * {@code sentence="false"} (a feature it does not implement) is kept, marked; one whose expected code is not two to
 * four digits ({@code 174K}) cannot be scored and is listed as skipped.
 */
public final class PetrarchUnitRecords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * One unit record.
     *
     * @param record      its id, date, text and expected events
     * @param category    PETRARCH's category ({@code DEMO}, {@code AGENT}, {@code COMPOUND} ...)
     * @param implemented false for {@code sentence="false"}: PETRARCH itself does not code it
     */
    public record UnitRecord(GoldRecord record, String category, boolean implemented) {
        public UnitRecord {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(category, "category");
        }
    }

    /** The records read and those that could not be scored, {@code id: why}. */
    public record Units(List<UnitRecord> records, List<String> skipped) {
        public Units {
            records = List.copyOf(records);
            skipped = List.copyOf(skipped);
        }
    }

    private PetrarchUnitRecords() {
    }

    /**
     * Reads the records file.
     *
     * @throws IllegalArgumentException naming the file when it is not readable XML
     */
    public static Units read(Path file) {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            doc = builder.parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException("cannot read PETRARCH unit records " + file + ": " + e.getMessage(), e);
        }
        List<UnitRecord> records = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        NodeList sentences = doc.getElementsByTagName("Sentence");
        for (int i = 0; i < sentences.getLength(); i++) {
            Element s = (Element) sentences.item(i);
            String id = s.getAttribute("id");
            LocalDate date;
            try {
                date = LocalDate.parse(s.getAttribute("date").strip(), DAY);
            } catch (DateTimeParseException e) {
                skipped.add(id + ": date '" + s.getAttribute("date") + "' is not yyyymmdd");
                continue;
            }
            NodeList texts = s.getElementsByTagName("Text");
            if (texts.getLength() == 0) {
                skipped.add(id + ": no <Text>");
                continue;
            }
            String text = texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
            List<GoldEvent> events = new ArrayList<>();
            String problem = null;
            NodeList codings = s.getElementsByTagName("EventCoding");
            for (int k = 0; k < codings.getLength(); k++) {
                Element e = (Element) codings.item(k);
                // error="storydiscard" and the like: PETRARCH is expected to code nothing.
                if (e.hasAttribute("noevents") || e.hasAttribute("error")) {
                    continue;
                }
                String code = e.getAttribute("eventcode").strip();
                if (!code.matches("\\d{2,4}")) {
                    problem = "expected code '" + code + "' is not two to four digits";
                    break;
                }
                events.add(new GoldEvent(e.getAttribute("sourcecode").strip(), e.getAttribute("targetcode").strip(), code));
            }
            if (problem != null) {
                skipped.add(id + ": " + problem);
                continue;
            }
            records.add(new UnitRecord(new GoldRecord(id, date, text, events), s.getAttribute("category"),
                    !"false".equals(s.getAttribute("sentence"))));
        }
        return new Units(records, skipped);
    }
}

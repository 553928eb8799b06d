package org.annals.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Comments go, lines stay: problems must still name the file's own line numbers. */
class XmlCommentsTest {

    @Test
    void commentsOverSeveralLines_leaveEmptyLinesInTheirPlace() {
        List<String> lines = List.of("KEEP one <!-- gone", "all gone", "still gone --> KEEP two", "KEEP three");
        assertEquals(List.of("KEEP one ", "", " KEEP two", "KEEP three"), XmlComments.strip(lines, "<!--"));
    }

    @Test
    void severalCommentsOnOneLine_andAShortOpener() {
        assertEquals(List.of("a  b  c"), XmlComments.strip(List.of("a <!-- x --> b <!-- y --> c"), "<!--"));
        assertEquals(List.of("A  B"), XmlComments.strip(List.of("A <!DOCTYPE x--> B"), "<!"));
    }
}

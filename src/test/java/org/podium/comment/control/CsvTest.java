package org.podium.comment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<Csv.Record> r =
                Csv.parse("channel,text\r\nLETTER,\"Dear Council, \"\"no\"\"\nto the levy\"\nEMAIL,short\n");
        assertEquals(3, r.size());
        assertEquals(
                List.of("LETTER", "Dear Council, \"no\"\nto the levy"), r.get(1).fields());
        assertEquals(2, r.get(1).line());
        assertEquals(4, r.get(2).line(), "the line a record starts on, counting the line inside quotes");
    }

    @Test
    void blankLinesAndAByteOrderMarkAreIgnoredAndEmptyFieldsKept() {
        List<Csv.Record> r = Csv.parse("\uFEFFa,b,c\n\n1,,3\n,,\n");
        assertEquals(List.of("a", "b", "c"), r.get(0).fields());
        assertEquals(List.of("1", "", "3"), r.get(1).fields());
        assertEquals(List.of("", "", ""), r.get(2).fields());
        assertEquals(3, r.size());
    }

    @Test
    void anUnclosedQuoteNamesItsLine() {
        assertEquals(3, assertThrows(Csv.Malformed.class, () -> Csv.parse("a,b\n1,2\n3,\"open\n4,5\n")).line);
        assertEquals(2, assertThrows(Csv.Malformed.class, () -> Csv.parse("a,b\nx\"y\",2\n")).line);
    }
}

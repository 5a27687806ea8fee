package org.podium.summary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.insight.boundary.ItemKeyPoints;
import org.podium.summary.boundary.ItemSummary;

class BriefPdfTest {

    static final String LONG = "Seniors on fixed incomes in this ward have already seen their property tax bills rise"
            + " three years in a row while their pensions stayed the same, and another increase of this size would"
            + " force many of them to choose between their medicine, their heating and staying in the homes they"
            + " have lived in for forty years";

    /** An item whose key points are all long sentences, each with a long quote, and many topics and campaigns. */
    static ItemSummary crowded() {
        List<ItemKeyPoints.Side> sides = new ArrayList<>();
        for (String side : List.of("OPPOSE", "SUPPORT")) {
            List<ItemKeyPoints.Point> points = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                points.add(new ItemKeyPoints.Point(
                        (long) i,
                        "Point " + side + " " + i + ": " + LONG,
                        false,
                        3,
                        40 - i,
                        List.of(new ItemKeyPoints.Quote("PDM-26-00000" + i, LONG + ". " + LONG, true)),
                        List.of("PDM-26-00000" + i)));
            }
            sides.add(new ItemKeyPoints.Side(side, points, List.of(), 0));
        }
        List<ItemSummary.Topic> topics = new ArrayList<>();
        List<ItemSummary.Campaign> campaigns = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            topics.add(new ItemSummary.Topic(
                    "Topic " + i,
                    null,
                    20 - i,
                    Map.of("SUPPORT", 5L, "OPPOSE", 5L, "NEUTRAL", 5L, "NONE", 5L),
                    List.of(new ItemSummary.Quote("PDM-26-00001" + i, LONG))));
            campaigns.add(new ItemSummary.Campaign(i, "PDM-26-00002" + i, 30 - i, LONG));
        }
        return new ItemSummary(
                1,
                1,
                "4",
                "Ordinance: 2027 property tax levy increase of $60 million",
                null,
                Instant.parse("2026-12-05T18:00:00Z"),
                400,
                Map.of("RECEIVED", 400L),
                Map.of("SUPPORT", 150L, "OPPOSE", 200L, "NEUTRAL", 50L),
                Map.of("SUPPORT", 140L, "OPPOSE", 210L, "NEUTRAL", 50L),
                3,
                12,
                Map.of("WEB", 300L, "EMAIL", 100L),
                List.of(),
                200,
                200,
                campaigns,
                topics,
                List.of(),
                new ItemSummary.Speakers(10, 2, 0),
                new ItemKeyPoints.View(1, Instant.parse("2026-12-05T18:00:00Z"), sides),
                null,
                5);
    }

    @Test
    void aBriefOfLongKeyPointsAndQuotesStaysOnOnePageAndStillLeadsWithThem() throws IOException {
        for (Locale lang : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BriefPdf(lang, ZoneId.of("America/Chicago"))
                    .write(
                            crowded(),
                            new BriefPdf.MeetingLine(
                                    "Budget hearing", Instant.parse("2026-12-10T23:00:00Z"), "Council Chamber"),
                            out);
            PdfReader reader = new PdfReader(out.toByteArray());
            assertEquals(1, reader.getNumberOfPages(), "one page in " + lang);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            reader.close();
            assertTrue(text.contains("Point OPPOSE 0") && text.contains("Point SUPPORT 0"), text);
            assertTrue(text.contains("Council Chamber"), text);
            assertTrue(
                    text.contains(lang.getLanguage().equals("es") ? "de este lado" : "more points on this side"),
                    "the points left out are said: " + text);
        }
    }
}

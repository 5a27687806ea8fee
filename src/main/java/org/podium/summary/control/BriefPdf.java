package org.podium.summary.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.insight.boundary.ItemKeyPoints;
import org.podium.platform.Bundles;
import org.podium.platform.PdfFonts;
import org.podium.summary.boundary.ItemSummary;

/**
 * The one-page brief of an item for a council member on the way into the chamber: the totals, positions declared and
 * read, the leading topics with one typical quote each, the largest campaigns, channels and speakers. Kept to one page
 * by taking only the leading few of each (the key points the summary page lists in full) and shortening the quotes —
 * fewer and shorter when long texts would not fit ({@link #FITS}).
 */
public final class BriefPdf {

    /**
     * How much of each list the page takes: the first that fits on one page is written (long key points and quotes
     * take more lines), else the last.
     */
    record Fit(int keyPoints, int topics, int campaigns, int quote) {}

    static final List<Fit> FITS = List.of(
            new Fit(4, 5, 3, 180),
            new Fit(4, 4, 2, 140),
            new Fit(3, 3, 2, 120),
            new Fit(3, 3, 1, 100),
            new Fit(3, 2, 1, 90),
            new Fit(2, 2, 1, 90),
            new Fit(2, 1, 1, 80),
            new Fit(1, 1, 1, 70));

    private Fit fit = FITS.get(0);

    private final Locale lang;
    private final ZoneId zone;
    private final Font title = PdfFonts.bold(14);
    private final Font heading = PdfFonts.bold(10);
    private final Font body = PdfFonts.regular(9);
    private final Font quote = PdfFonts.oblique(8);

    public BriefPdf(Locale lang, ZoneId zone) {
        this.lang = lang;
        this.zone = zone;
    }

    /** The council's text in the brief's language: its Spanish version (null: none) in a Spanish brief. */
    public String inLanguage(String original, String es) {
        return es != null && "es".equals(lang.getLanguage()) ? es : original;
    }

    /** The meeting the item belongs to, as the brief's second line says it (its title in the brief's language). */
    public record MeetingLine(String title, Instant startsAt, String location) {}

    /** Writes the brief on one page, taking fewer of each list when the first ones do not fit. */
    public void write(ItemSummary s, MeetingLine meeting, OutputStream out) {
        byte[] pdf = null;
        for (Fit f : FITS) {
            fit = f;
            ByteArrayOutputStream attempt = new ByteArrayOutputStream();
            int pages = writeOnce(s, meeting, attempt);
            pdf = attempt.toByteArray();
            if (pages <= 1) {
                break;
            }
        }
        try {
            out.write(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the brief with the current {@link #fit}; returns its number of pages. */
    private int writeOnce(ItemSummary s, MeetingLine meeting, OutputStream out) {
        Document doc = new Document(PageSize.LETTER, 42, 42, 40, 40);
        PdfWriter writer = null;
        try {
            writer = PdfWriter.getInstance(doc, out);
            String itemTitle = s.number() + " " + inLanguage(s.title(), s.titleEs());
            doc.addTitle(text("brief.title", itemTitle));
            doc.open();
            doc.add(new Paragraph(text("brief.title", itemTitle), title));
            doc.add(new Paragraph(
                    meeting.title() + " · "
                            + DateTimeFormatter.ofPattern(Bundles.message(lang, "format.datetime"), lang)
                                    .format(meeting.startsAt().atZone(zone))
                            + " · " + meeting.location(),
                    heading));
            doc.add(new Paragraph(
                    text(
                            "brief.counted",
                            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                                    .withLocale(lang)
                                    .withZone(zone)
                                    .format(s.computedAt())),
                    quote));
            doc.add(new Paragraph(
                    text(
                            "summary.totals",
                            s.total(),
                            s.unique(),
                            s.inCampaigns(),
                            s.campaigns().size()),
                    body));

            keyPoints(doc, s);

            doc.add(new Paragraph(text("summary.positions"), heading));
            PdfPTable positions = new PdfPTable(new float[] {3, 2, 2});
            positions.setWidthPercentage(60);
            positions.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
            positions.setSpacingBefore(4);
            cell(positions, text("summary.position"), heading);
            cell(positions, text("summary.declared"), heading);
            cell(positions, text("summary.read"), heading);
            for (String p : new String[] {"SUPPORT", "OPPOSE", "NEUTRAL", "NONE"}) {
                cell(positions, p.equals("NONE") ? text("summary.position.none") : text("position." + p), body);
                cell(positions, String.valueOf(s.byPosition().getOrDefault(p, 0L)), body);
                cell(positions, String.valueOf(s.byStance().getOrDefault(p, 0L)), body);
            }
            doc.add(positions);
            doc.add(positionsChart(writer, s));
            doc.add(new Paragraph(text("summary.mismatches", s.mismatches(), s.needsReview()), quote));

            doc.add(new Paragraph(text("summary.topics"), heading));
            int shown = 0;
            for (ItemSummary.Topic t : s.topics()) {
                if (shown++ == fit.topics()) {
                    break;
                }
                Map<String, Long> p = t.byPosition();
                doc.add(new Paragraph(
                        inLanguage(t.topic(), t.topicEs()) + " (" + t.count() + "): "
                                + text(
                                        "summary.topic.positions",
                                        p.get("SUPPORT"),
                                        p.get("OPPOSE"),
                                        p.get("NEUTRAL"),
                                        p.get("NONE")),
                        body));
                if (!t.quotes().isEmpty()) {
                    Paragraph q = new Paragraph("“" + shorten(t.quotes().get(0).text()) + "”", quote);
                    q.setIndentationLeft(12);
                    doc.add(q);
                }
            }
            if (s.topics().isEmpty()) {
                doc.add(new Paragraph(text("summary.topics.none"), body));
            }

            doc.add(new Paragraph(text("summary.campaigns"), heading));
            if (s.campaigns().isEmpty()) {
                doc.add(new Paragraph(text("summary.campaigns.none"), body));
            }
            for (int i = 0; i < Math.min(fit.campaigns(), s.campaigns().size()); i++) {
                ItemSummary.Campaign c = s.campaigns().get(i);
                doc.add(new Paragraph(
                        text("brief.campaign", c.size()) + " "
                                + (c.text() == null
                                        ? text("summary.campaign.unpublished")
                                        : "“" + shorten(c.text()) + "”"),
                        body));
            }

            doc.add(new Paragraph(text("summary.channels"), heading));
            StringBuilder channels = new StringBuilder();
            s.byChannel().forEach((k, v) -> {
                if (v > 0) {
                    channels.append(channels.length() == 0 ? "" : " · ")
                            .append(text("channel." + k))
                            .append(' ')
                            .append(v);
                }
            });
            doc.add(new Paragraph(channels.toString(), body));
            doc.add(new Paragraph(text("summary.speakers"), heading));
            doc.add(new Paragraph(
                    text(
                            "summary.speakers.counts",
                            s.speakers().confirmed(),
                            s.speakers().waitlisted(),
                            s.speakers().spoke()),
                    body));
            return writer.getPageNumber();
        } catch (DocumentException e) {
            throw new IllegalStateException("the brief could not be written", e);
        } finally {
            doc.close();
        }
    }

    private static void cell(PdfPTable t, String s, Font f) {
        t.addCell(new Phrase(s, f));
    }

    /** A quote or a point, shortened to the fit, its redactions said in the brief's language. */
    String shorten(String s) {
        String marked =
                s.replace(Bundles.message(Locale.ENGLISH, "redacted.marker"), Bundles.message(lang, "redacted.marker"));
        return shorten(marked, fit.quote());
    }

    static String shorten(String s, int length) {
        if (s.length() <= length) {
            return s;
        }
        int cut = s.lastIndexOf(' ', length);
        return s.substring(0, cut > length / 2 ? cut : length) + " …";
    }

    private String text(String key, Object... args) {
        return Bundles.message(lang, key, args);
    }

    /**
     * The positions as bars: for each position, what residents declared (dark) and what the analysis read (light),
     * each bar labelled with its count, on a common scale; a legend above.
     */
    /** Per side, the key points made by the most comments, each with a typical quote; then how many were made once. */
    private void keyPoints(Document doc, ItemSummary s) throws DocumentException {
        if (s.keyPoints() == null) {
            return;
        }
        doc.add(new Paragraph(text("summary.keyPoints"), heading));
        if (s.keyPoints().sides().stream()
                .allMatch(x -> x.points().isEmpty() && x.madeOnce().isEmpty())) {
            doc.add(new Paragraph(text("summary.keyPoints.noneYet"), quote));
            return;
        }
        for (ItemKeyPoints.Side side : s.keyPoints().sides()) {
            doc.add(new Paragraph(text("summary.keyPoints.side." + side.side()), body));
            if (side.points().isEmpty() && side.madeOnce().isEmpty()) {
                doc.add(new Paragraph(text("summary.keyPoints.none"), quote));
                continue;
            }
            int shown = 0;
            for (ItemKeyPoints.Point k : side.points()) {
                if (shown++ == fit.keyPoints()) {
                    break;
                }
                String count = text("summary.keyPoints.count", k.comments())
                        + (k.texts() < k.comments() ? " " + text("summary.keyPoints.texts", k.texts()) : "")
                        + (k.byClerk() ? " · " + text("summary.keyPoints.byClerk") : "");
                Paragraph p = new Paragraph(shorten(k.text()) + " — " + count, body);
                p.setIndentationLeft(12);
                doc.add(p);
                if (!k.quotes().isEmpty()) {
                    Paragraph q = new Paragraph("“" + shorten(k.quotes().get(0).text()) + "”", quote);
                    q.setIndentationLeft(24);
                    doc.add(q);
                }
            }
            if (side.points().size() > fit.keyPoints()) {
                Paragraph more =
                        new Paragraph(text("brief.keyPoints.more", side.points().size() - fit.keyPoints()), quote);
                more.setIndentationLeft(12);
                doc.add(more);
            }
            if (!side.madeOnce().isEmpty()) {
                Paragraph once = new Paragraph(text("brief.keyPoints.madeOnce", side.madeOnceTotal()), quote);
                once.setIndentationLeft(12);
                doc.add(once);
            }
        }
    }

    private Image positionsChart(PdfWriter writer, ItemSummary s) throws DocumentException {
        String[] positions = {"SUPPORT", "OPPOSE", "NEUTRAL", "NONE"};
        long max = 1;
        for (String p : positions) {
            max = Math.max(
                    max,
                    Math.max(s.byPosition().getOrDefault(p, 0L), s.byStance().getOrDefault(p, 0L)));
        }
        float width = 360;
        float labelWidth = 90;
        float barMax = width - labelWidth - 40;
        float row = 20;
        float height = 14 + row * positions.length;
        PdfTemplate t = PdfTemplate.createTemplate(writer, width, height);
        BaseFont font = body.getBaseFont();
        Color declared = new Color(0x1f, 0x4e, 0x79);
        Color read = new Color(0xe0, 0x8a, 0x3c);
        // legend
        t.setColorFill(declared);
        t.rectangle(labelWidth, height - 9, 8, 8);
        t.fill();
        t.setColorFill(read);
        t.rectangle(labelWidth + 110, height - 9, 8, 8);
        t.fill();
        t.beginText();
        t.setFontAndSize(font, 8);
        t.setColorFill(Color.BLACK);
        t.setTextMatrix(labelWidth + 11, height - 8);
        t.showText(text("summary.declared"));
        t.setTextMatrix(labelWidth + 121, height - 8);
        t.showText(text("summary.read"));
        t.endText();
        for (int i = 0; i < positions.length; i++) {
            String p = positions[i];
            float y = height - 14 - row * (i + 1);
            long d = s.byPosition().getOrDefault(p, 0L);
            long r = s.byStance().getOrDefault(p, 0L);
            float dw = barMax * d / max;
            float rw = barMax * r / max;
            t.setColorFill(declared);
            t.rectangle(labelWidth, y + 9, Math.max(dw, 0.5f), 7);
            t.fill();
            t.setColorFill(read);
            t.rectangle(labelWidth, y + 2, Math.max(rw, 0.5f), 7);
            t.fill();
            t.beginText();
            t.setFontAndSize(font, 8);
            t.setColorFill(Color.BLACK);
            t.setTextMatrix(0, y + 6);
            t.showText(p.equals("NONE") ? text("summary.position.none") : text("position." + p));
            t.setTextMatrix(labelWidth + dw + 3, y + 10);
            t.showText(String.valueOf(d));
            t.setTextMatrix(labelWidth + rw + 3, y + 3);
            t.showText(String.valueOf(r));
            t.endText();
        }
        Image image = Image.getInstance(t);
        image.setAlt(text("summary.positions"));
        image.setSpacingBefore(4);
        return image;
    }
}

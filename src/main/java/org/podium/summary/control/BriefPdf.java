package org.podium.summary.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.podium.platform.Bundles;
import org.podium.platform.PdfFonts;
import org.podium.summary.boundary.ItemSummary;

/**
 * The one-page brief of an item for a council member on the way into the chamber: the totals, positions declared and
 * read, the leading topics with one typical quote each, the largest campaigns, channels and speakers. Kept to one page
 * by taking only the leading few of each and shortening the quotes.
 */
public final class BriefPdf {

    static final int TOPICS = 5;
    static final int CAMPAIGNS = 3;
    static final int QUOTE = 180;

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

    public void write(ItemSummary s, OutputStream out) {
        Document doc = new Document(PageSize.LETTER, 42, 42, 40, 40);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(text("brief.title", s.number() + " " + s.title()));
            doc.open();
            doc.add(new Paragraph(text("brief.title", s.number() + " " + s.title()), title));
            doc.add(new Paragraph(text("brief.counted", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(lang).withZone(zone).format(s.computedAt())), quote));
            doc.add(new Paragraph(text("summary.totals", s.total(), s.unique(), s.inCampaigns(), s.campaigns().size()),
                    body));

            doc.add(new Paragraph(text("summary.positions"), heading));
            PdfPTable positions = new PdfPTable(new float[] {3, 2, 2});
            positions.setWidthPercentage(60);
            positions.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
            cell(positions, text("summary.position"), heading);
            cell(positions, text("summary.declared"), heading);
            cell(positions, text("summary.read"), heading);
            for (String p : new String[] {"SUPPORT", "OPPOSE", "NEUTRAL", "NONE"}) {
                cell(positions, p.equals("NONE") ? text("summary.position.none") : text("position." + p), body);
                cell(positions, String.valueOf(s.byPosition().getOrDefault(p, 0L)), body);
                cell(positions, String.valueOf(s.byStance().getOrDefault(p, 0L)), body);
            }
            doc.add(positions);
            doc.add(new Paragraph(text("summary.mismatches", s.mismatches(), s.needsReview()), quote));

            doc.add(new Paragraph(text("summary.topics"), heading));
            int shown = 0;
            for (ItemSummary.Topic t : s.topics()) {
                if (shown++ == TOPICS) {
                    break;
                }
                Map<String, Long> p = t.byPosition();
                doc.add(new Paragraph(t.topic() + " (" + t.count() + "): " + text("summary.topic.positions",
                        p.get("SUPPORT"), p.get("OPPOSE"), p.get("NEUTRAL"), p.get("NONE")), body));
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
            for (int i = 0; i < Math.min(CAMPAIGNS, s.campaigns().size()); i++) {
                ItemSummary.Campaign c = s.campaigns().get(i);
                doc.add(new Paragraph(text("brief.campaign", c.size()) + " " + (c.text() == null
                        ? text("summary.campaign.unpublished") : "“" + shorten(c.text()) + "”"), body));
            }

            doc.add(new Paragraph(text("summary.channels"), heading));
            StringBuilder channels = new StringBuilder();
            s.byChannel().forEach((k, v) -> {
                if (v > 0) {
                    channels.append(channels.length() == 0 ? "" : " · ").append(text("channel." + k)).append(' ').append(v);
                }
            });
            doc.add(new Paragraph(channels.toString(), body));
            doc.add(new Paragraph(text("summary.speakers"), heading));
            doc.add(new Paragraph(text("summary.speakers.counts", s.speakers().confirmed(), s.speakers().waitlisted(),
                    s.speakers().spoke()), body));
        } catch (DocumentException e) {
            throw new IllegalStateException("the brief could not be written", e);
        } finally {
            doc.close();
        }
    }

    private static void cell(PdfPTable t, String s, Font f) {
        t.addCell(new Phrase(s, f));
    }

    static String shorten(String s) {
        if (s.length() <= QUOTE) {
            return s;
        }
        int cut = s.lastIndexOf(' ', QUOTE);
        return s.substring(0, cut > QUOTE / 2 ? cut : QUOTE) + " …";
    }

    private String text(String key, Object... args) {
        return Bundles.message(lang, key, args);
    }
}

package org.podium.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The record's PDF as a resident downloads it, and its text as a reader would copy it. */
public final class Pdfs {

    private Pdfs() {}

    /**
     * The record's PDF, written in the background after finalization: 503 with Retry-After and a problem saying how
     * far it is, until it is ready.
     */
    public static HttpResponse<byte[]> record(Http http, long meeting) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        HttpResponse<byte[]> r = http.getBytes("api/v1/meetings/" + meeting + "/record.pdf");
        while (r.statusCode() == 503 && System.nanoTime() < deadline) {
            assertTrue(r.headers().firstValue("Retry-After").isPresent());
            assertTrue(
                    new String(r.body(), StandardCharsets.UTF_8).contains("being written"),
                    new String(r.body(), StandardCharsets.UTF_8));
            Thread.sleep(200);
            r = http.getBytes("api/v1/meetings/" + meeting + "/record.pdf");
        }
        return r;
    }

    public static String text(byte[] pdf) throws Exception {
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder b = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                b.append(extractor.getTextFromPage(p)).append('\n');
            }
            // lines are broken where the page is narrow (after a space or a hyphen): compare without white space
            return b.toString().replaceAll("\\s+", "");
        } finally {
            reader.close();
        }
    }
}

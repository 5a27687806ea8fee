package org.podium.platform;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of Podium's PDFs: DejaVu Sans (and Mono), embedded as subsets with Unicode encoding, so that a resident's
 * name in Vietnamese, Polish or Greek prints as written (the standard PDF fonts know Latin-1 only). Loaded once.
 */
public final class PdfFonts {

    private static final String DIR = "net/sf/jasperreports/fonts/dejavu/";
    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");
    private static final BaseFont OBLIQUE = load("DejaVuSans-Oblique.ttf");
    private static final BaseFont MONO = load("DejaVuSansMono.ttf");

    private PdfFonts() {}

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public static Font oblique(float size) {
        return new Font(OBLIQUE, size);
    }

    public static Font mono(float size) {
        return new Font(MONO, size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is not on the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

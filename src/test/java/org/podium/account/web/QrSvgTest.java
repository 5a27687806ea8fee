package org.podium.account.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrSvgTest {

    /** The SVG drawn back into pixels and read by a QR decoder gives the address an app needs, unchanged. */
    @Test
    void theSvgReadsBackAsTheAddress() throws Exception {
        String uri = "otpauth://totp/Podium%20%28City%20Council%29:clerk%40example.org?secret=JBSWY3DPEHPK3PXP"
                + "&issuer=Podium&algorithm=SHA1&digits=6&period=30";
        String svg = QrSvg.of(uri, "QR code \"for\" <you>");
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("aria-label=\"QR code &quot;for&quot; &lt;you&gt;\""), svg.substring(0, 200));
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find());
        int w = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[w * scale * w * scale];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        int squares = 0;
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * w * scale + x * scale + dx] = 0xFF000000;
                }
            }
            squares++;
        }
        assertTrue(squares > 100);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w * scale, w * scale, pixels)));
        assertEquals(uri, new QRCodeReader().decode(bitmap).getText());
    }
}

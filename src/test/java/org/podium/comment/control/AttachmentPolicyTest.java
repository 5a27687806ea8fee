package org.podium.comment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.podium.comment.control.AttachmentPolicy.Kind;
import org.podium.comment.control.AttachmentPolicy.Upload;

class AttachmentPolicyTest {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
    static final byte[] WAV = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' '};

    @Test
    void theTypeComesFromTheContent() {
        assertEquals(Optional.of(Kind.PDF), AttachmentPolicy.detect(PDF));
        assertEquals(Optional.of(Kind.PNG), AttachmentPolicy.detect(PNG));
        assertEquals(Optional.of(Kind.JPEG), AttachmentPolicy.detect(JPEG));
        assertEquals(Optional.of(Kind.WAV), AttachmentPolicy.detect(WAV));
        assertEquals(Optional.empty(), AttachmentPolicy.detect(EXE));
        assertEquals(Optional.empty(), AttachmentPolicy.detect(HTML));
        assertEquals(Optional.empty(), AttachmentPolicy.detect(new byte[0]));
    }

    @Test
    void anExecutableNamedPdfIsRefusedByName() {
        var problem =
                AttachmentPolicy.check(List.of(new Upload("letter.pdf", PDF), new Upload("invoice.pdf", EXE)), false);
        assertEquals(Optional.of(new AttachmentPolicy.Problem("attachment.type", "invoice.pdf")), problem);
    }

    @Test
    void residentsSendDocumentsAndPicturesClerksAlsoRecordings() {
        assertEquals(
                Optional.empty(),
                AttachmentPolicy.check(
                        List.of(new Upload("a.pdf", PDF), new Upload("b.png", PNG), new Upload("c.jpg", JPEG)), false));
        assertEquals(
                "attachment.type",
                AttachmentPolicy.check(List.of(new Upload("v.wav", WAV)), false)
                        .get()
                        .messageKey());
        assertEquals(Optional.empty(), AttachmentPolicy.check(List.of(new Upload("v.wav", WAV)), true));
    }

    @Test
    void countAndSizeLimits() {
        assertEquals(
                "attachment.tooMany",
                AttachmentPolicy.check(
                                List.of(
                                        new Upload("1.pdf", PDF),
                                        new Upload("2.pdf", PDF),
                                        new Upload("3.pdf", PDF),
                                        new Upload("4.pdf", PDF)),
                                false)
                        .get()
                        .messageKey());
        byte[] big = new byte[(int) AttachmentPolicy.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals(
                "attachment.tooLarge",
                AttachmentPolicy.check(List.of(new Upload("big.pdf", big)), false)
                        .get()
                        .messageKey());
        byte[] justRight = new byte[(int) AttachmentPolicy.MAX_BYTES];
        System.arraycopy(PDF, 0, justRight, 0, PDF.length);
        assertEquals(Optional.empty(), AttachmentPolicy.check(List.of(new Upload("ok.pdf", justRight)), false));
        assertEquals(
                "attachment.empty",
                AttachmentPolicy.check(List.of(new Upload("e.pdf", new byte[0])), false)
                        .get()
                        .messageKey());
    }

    @Test
    void fileNamesLoseTheirPathsAndMarkup() {
        assertEquals("letter.pdf", AttachmentPolicy.cleanName("C:\\Users\\rosa\\letter.pdf"));
        assertEquals("letter.pdf", AttachmentPolicy.cleanName("../../etc/letter.pdf"));
        assertEquals("scriptx.pdf", AttachmentPolicy.cleanName("<script>x.pdf"));
        assertEquals("file", AttachmentPolicy.cleanName(null));
        assertEquals(200, AttachmentPolicy.cleanName("a".repeat(500) + ".pdf").length());
    }

    @Test
    void aFileIsOfferedUnderTheExtensionOfWhatItIs() {
        assertEquals("letter.pdf", AttachmentPolicy.storedName("letter.pdf", AttachmentPolicy.Kind.PDF));
        assertEquals("Letter.PDF", AttachmentPolicy.storedName("Letter.PDF", AttachmentPolicy.Kind.PDF));
        assertEquals("invoice.html.pdf", AttachmentPolicy.storedName("invoice.html", AttachmentPolicy.Kind.PDF));
        assertEquals("scan.jpeg", AttachmentPolicy.storedName("scan.jpeg", AttachmentPolicy.Kind.JPEG));
        assertEquals("photo.png.jpg", AttachmentPolicy.storedName("photo.png", AttachmentPolicy.Kind.JPEG));
        assertEquals("file.pdf", AttachmentPolicy.storedName("", AttachmentPolicy.Kind.PDF));
        String longName = "a".repeat(300) + ".svg";
        String stored = AttachmentPolicy.storedName(longName, AttachmentPolicy.Kind.PDF);
        assertEquals(AttachmentPolicy.NAME_MAX, stored.length());
        assertTrue(stored.endsWith(".pdf"), stored);
    }
}

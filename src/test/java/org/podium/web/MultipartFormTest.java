package org.podium.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A multipart form read by Podium: fields and files as the container would serve them, and the container's own parser
 * never asked (Payara 6.2025.10 keeps every part it parses).
 */
class MultipartFormTest {

    private static final String BOUNDARY = "----podiumTestBoundary7MA4YWxk";

    /** A request whose container parser fails the test if anything reaches it. */
    private static HttpServletRequest request(byte[] body, String query) {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        ServletInputStream stream = new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener l) {}
        };
        return (HttpServletRequest) Proxy.newProxyInstance(
                MultipartFormTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "getContentType":
                            return "multipart/form-data; boundary=" + BOUNDARY;
                        case "getContentLengthLong":
                            return (long) body.length;
                        case "getCharacterEncoding":
                            return "UTF-8";
                        case "getInputStream":
                            return stream;
                        case "getQueryString":
                            return query;
                        case "getMethod":
                            return "POST";
                        case "getParts",
                                "getPart",
                                "getParameter",
                                "getParameterMap",
                                "getParameterNames",
                                "getParameterValues":
                            throw new AssertionError("the container's parser was asked: " + m.getName());
                        default:
                            return null;
                    }
                });
    }

    private static byte[] form(Object... nameValueOrFile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < nameValueOrFile.length; i += 2) {
            String name = (String) nameValueOrFile[i];
            Object v = nameValueOrFile[i + 1];
            out.write(("--" + BOUNDARY + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (v instanceof byte[] file) {
                String fileName = file.length == 0 ? "" : "carta.pdf";
                out.write(("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(file);
            } else {
                out.write(("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + v)
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static long temporaryForms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("podium-form-"))
                    .count();
        }
    }

    @Test
    void fieldsAndFilesAreServedAsTheContainerWouldWithoutItsParser() throws Exception {
        byte[] pdf = "%PDF-1.4 a letter\r\n--not the boundary\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] big = new byte[2 * MultipartForm.IN_MEMORY]; // read into a temporary file
        Arrays.fill(big, (byte) 'x');
        long before = temporaryForms();
        MultipartForm form = MultipartForm.parse(request(
                form(
                        "comment:text",
                        "Ñandú, café: the levy — no.\r\nA second line.",
                        "comment:position",
                        "OPPOSE",
                        "comment:files",
                        pdf,
                        "comment:files",
                        big,
                        "comment:more",
                        new byte[0],
                        "comment:position",
                        "NEUTRAL"),
                "id=4&lang=es"));
        try {
            assertEquals(before + 1, temporaryForms(), "a form above a megabyte waits in a file");
            assertEquals("4", form.getParameter("id"), "the query string's parameters stay");
            assertEquals("es", form.getParameter("lang"));
            assertEquals("Ñandú, café: the levy — no.\r\nA second line.", form.getParameter("comment:text"));
            assertArrayEquals(new String[] {"OPPOSE", "NEUTRAL"}, form.getParameterValues("comment:position"));
            assertNull(form.getParameter("comment:files"), "a file is a part, not a parameter");
            assertEquals(6, form.getParts().size(), "every part, fields included, as the Servlet API gives them");
            Part first = form.getPart("comment:files");
            assertEquals("carta.pdf", first.getSubmittedFileName());
            assertEquals("application/pdf", first.getContentType());
            try (InputStream in = first.getInputStream()) {
                assertArrayEquals(pdf, in.readAllBytes(), "the content, to its last byte");
            }
            List<Part> files = form.getParts().stream()
                    .filter(p -> p.getName().equals("comment:files"))
                    .toList();
            assertEquals(big.length, files.get(1).getSize());
            assertEquals("", form.getPart("comment:more").getSubmittedFileName(), "an empty file input");
            assertEquals(0, form.getPart("comment:more").getSize());
            assertNull(form.getPart("comment:text").getSubmittedFileName(), "a field is no file");
            assertTrue(first.getHeader("Content-Disposition").contains("carta.pdf"));
        } finally {
            form.delete();
        }
        assertEquals(before, temporaryForms(), "its file goes with the request");
    }

    @Test
    void aFileBeyondTheLimitIsRefusedAsTooLargeAndLeavesNothing() throws Exception {
        long before = temporaryForms();
        byte[] huge = new byte[(int) MultipartForm.MAX_FILE + 1];
        assertThrows(MultipartForm.TooLarge.class, () -> MultipartForm.parse(request(form("f", huge), null)));
        assertEquals(before, temporaryForms(), "nothing left behind");
    }

    @Test
    void tooManyPartsAreRefusedAsTooLarge() throws Exception {
        Object[] many = new Object[2 * (MultipartForm.MAX_PARTS + 1)];
        for (int i = 0; i < MultipartForm.MAX_PARTS + 1; i++) {
            many[2 * i] = "f" + i;
            many[2 * i + 1] = "v";
        }
        assertThrows(MultipartForm.TooLarge.class, () -> MultipartForm.parse(request(form(many), null)));
    }

    @Test
    void aBodyWithoutTheBoundaryIsAnEmptyFormAndACutOneIsRefused() throws Exception {
        byte[] junk = "this is not a multipart body at all".getBytes(StandardCharsets.UTF_8);
        MultipartForm empty = MultipartForm.parse(request(junk, null));
        assertTrue(empty.getParts().isEmpty());
        assertTrue(empty.getParameterMap().isEmpty());
        byte[] whole = form("comment:text", "a comment that the connection cut off in the middle of its text");
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThrows(IOException.class, () -> MultipartForm.parse(request(cut, null)));
    }
}

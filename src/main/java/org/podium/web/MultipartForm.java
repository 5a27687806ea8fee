package org.podium.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart form, read by Podium instead of the container: its parts and fields, served to everything after it (the
 * filters, Weld's conversation filter, Faces' file input) as the container serves them. Payara 6.2025.10 keeps every
 * part it parses for as long as the JVM runs (each part registers a cleaner whose action holds the part, so it never
 * becomes unreachable): a thousand anonymous posts of ten fields to any page kept 22 MB, so a crowd filing through
 * the web form, or a stranger posting forms, would run the server out of memory. Here a form lives for its request
 * ({@link #delete}): one up to {@link #IN_MEMORY} bytes is read into memory, a larger one into a temporary file. The
 * limits are web.xml's (a file 15 MB, a form 45 MB) and at most {@link #MAX_PARTS} parts.
 */
final class MultipartForm extends HttpServletRequestWrapper {

    static final long MAX_FILE = 15L * 1024 * 1024;
    static final long MAX_FORM = 45L * 1024 * 1024;
    static final int IN_MEMORY = 1024 * 1024;
    static final int MAX_PARTS = 100;

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|[^;\\s]+)");
    private static final Pattern DISPOSITION_NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final Pattern DISPOSITION_FILE = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    /** A form beyond the limits (a file, the whole form, the number of parts). */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private final Path file;
    private final List<Part> parts;
    private final Map<String, String[]> parameters;

    private MultipartForm(HttpServletRequest request, Path file, List<Part> parts, Charset charset) {
        super(request);
        this.file = file;
        this.parts = parts;
        Map<String, List<String>> fields = new LinkedHashMap<>();
        // the query string's parameters first, as the container serves them, then the form's fields
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    fields.computeIfAbsent(decode(eq < 0 ? pair : pair.substring(0, eq)), k -> new ArrayList<>())
                            .add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
        }
        for (Part p : parts) {
            if (p.getSubmittedFileName() == null) {
                fields.computeIfAbsent(p.getName(), k -> new ArrayList<>())
                        .add(new String(((FormPart) p).bytes(), charset));
            }
        }
        Map<String, String[]> map = new LinkedHashMap<>();
        fields.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
        this.parameters = Collections.unmodifiableMap(map);
    }

    /** Whether the request carries a multipart form. */
    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** Reads the request's form: {@link TooLarge} beyond the limits, an IOException when it is not a whole form. */
    static MultipartForm parse(HttpServletRequest request) throws IOException, TooLarge {
        Matcher b = BOUNDARY.matcher(String.valueOf(request.getContentType()));
        if (!b.find()) {
            throw new IOException("a multipart form without its boundary");
        }
        byte[] delimiter =
                ("\r\n--" + (b.group(2) != null ? b.group(2) : b.group(1))).getBytes(StandardCharsets.ISO_8859_1);
        Charset charset = request.getCharacterEncoding() == null
                ? StandardCharsets.UTF_8
                : Charset.forName(request.getCharacterEncoding());
        Path file = null;
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream memory = new ByteArrayOutputStream();
            memory.write('\r'); // so that the first delimiter reads like every other
            memory.write('\n');
            byte[] chunk = new byte[16 * 1024];
            long total = 0;
            OutputStream out = memory;
            try {
                for (int n; (n = in.read(chunk)) > 0; ) {
                    total += n;
                    if (total > MAX_FORM) {
                        throw new TooLarge("a form of more than " + MAX_FORM + " bytes");
                    }
                    if (file == null && memory.size() + n > IN_MEMORY) {
                        file = Files.createTempFile("podium-form-", ".tmp");
                        out = Files.newOutputStream(file);
                        memory.writeTo(out);
                    }
                    out.write(chunk, 0, n);
                }
            } finally {
                out.close();
            }
            ByteBuffer body;
            if (file == null) {
                body = ByteBuffer.wrap(memory.toByteArray());
            } else {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    body = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
                }
            }
            return new MultipartForm(request, file, parts(body, delimiter, charset), charset);
        } catch (IOException | TooLarge | RuntimeException e) {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    /** The parts between the delimiters: each its headers, an empty line, its content. */
    private static List<Part> parts(ByteBuffer body, byte[] delimiter, Charset charset) throws IOException, TooLarge {
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            return parts; // no delimiter at all: an empty form
        }
        byte[] headEnd = {'\r', '\n', '\r', '\n'};
        while (true) {
            int after = at + delimiter.length;
            if (after + 2 > body.limit()) {
                throw new IOException("a multipart form cut off");
            }
            if (body.get(after) == '-' && body.get(after + 1) == '-') {
                return parts; // the closing delimiter
            }
            int headersEnd = indexOf(body, headEnd, after);
            if (headersEnd < 0) {
                throw new IOException("a part without the end of its headers");
            }
            int next = indexOf(body, delimiter, headersEnd + 4);
            if (next < 0) {
                throw new IOException("a multipart form cut off");
            }
            if (parts.size() == MAX_PARTS) {
                throw new TooLarge("more than " + MAX_PARTS + " parts");
            }
            int start = headersEnd + 4;
            if (next - start > MAX_FILE) {
                throw new TooLarge("a part of more than " + MAX_FILE + " bytes");
            }
            byte[] head = new byte[headersEnd - after];
            body.get(after, head);
            parts.add(FormPart.of(new String(head, charset), body.slice(start, next - start)));
            at = next;
        }
    }

    private static int indexOf(ByteBuffer body, byte[] what, int from) {
        int last = body.limit() - what.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (body.get(i) != what[0]) {
                continue;
            }
            for (int k = 1; k < what.length; k++) {
                if (body.get(i + k) != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a malformed escape stays as it came
        }
    }

    /** Forgets the form (its temporary file too). */
    void delete() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // already gone
            }
        }
    }

    @Override
    public Collection<Part> getParts() {
        return Collections.unmodifiableList(parts);
    }

    @Override
    public Part getPart(String name) {
        return parts.stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    /** One part of the form. */
    private static final class FormPart implements Part {

        private final String name;
        private final String fileName;
        private final Map<String, List<String>> headers;
        private final ByteBuffer content;

        private FormPart(String name, String fileName, Map<String, List<String>> headers, ByteBuffer content) {
            this.name = name;
            this.fileName = fileName;
            this.headers = headers;
            this.content = content;
        }

        static FormPart of(String head, ByteBuffer content) throws IOException {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(
                                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(line.substring(colon + 1).strip());
                }
            }
            String disposition =
                    headers.getOrDefault("content-disposition", List.of("")).get(0);
            Matcher n = DISPOSITION_NAME.matcher(disposition);
            if (!n.find()) {
                throw new IOException("a part without a name");
            }
            Matcher f = DISPOSITION_FILE.matcher(disposition);
            return new FormPart(n.group(1), f.find() ? f.group(1) : null, headers, content);
        }

        byte[] bytes() {
            byte[] b = new byte[content.remaining()];
            content.duplicate().get(b);
            return b;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes());
        }

        @Override
        public String getContentType() {
            return getHeader("content-type");
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getSubmittedFileName() {
            return fileName;
        }

        @Override
        public long getSize() {
            return content.remaining();
        }

        @Override
        public void write(String target) throws IOException {
            Path to = Path.of(target);
            if (!to.isAbsolute()) {
                to = Path.of(System.getProperty("java.io.tmpdir")).resolve(to);
            }
            Files.write(to, bytes());
        }

        @Override
        public void delete() {
            // the form's storage goes with its request
        }

        @Override
        public String getHeader(String header) {
            List<String> values = headers.get(header.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        @Override
        public Collection<String> getHeaders(String header) {
            return headers.getOrDefault(header.toLowerCase(Locale.ROOT), List.of());
        }

        @Override
        public Collection<String> getHeaderNames() {
            return headers.keySet();
        }
    }
}

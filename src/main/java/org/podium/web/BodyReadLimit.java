package org.podium.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.podium.platform.BodyTooSlow;
import org.podium.platform.PodiumConfig;
import org.podium.platform.Problems;

/**
 * Bounds what slow request bodies can take from everyone else. Reading a body holds one of the server's request
 * threads, so a client that trickles its bodies a byte at a time could hold them all. While a body is being read it
 * holds a place, and only while its body is read (a page's form is parsed, a body of the API up to 1 MB is read
 * whole, right here; a larger one gives its place back when it has been read): at most {@value #MAX_READING} bodies are
 * read at once on this instance, at most {@value #MAX_READING_PER_ADDRESS} from one address. A request beyond that is
 * answered at once (503 with {@code Retry-After}; 429 for one address) before a byte of its body is read, and every
 * request without a body (the pages, the API's reads) is served as usual. A body that arrives at once (any browser's,
 * any integration's) holds its place for microseconds, so the limits meet only bodies that trickle. A body that arrives slower than {@value #MIN_BYTES_PER_SECOND} bytes a
 * second on average, once {@value #GRACE_MILLIS} ms have passed, is cut off (408) where Podium reads it (the API); a
 * page's form is parsed by the container, whose read timeout bounds each wait. A real resident's form arrives in
 * milliseconds; three attachments of 10 MB on a slow phone line (a few hundred KB/s) pass.
 *
 * <p>Behind nginx (docker/nginx) bodies are buffered by nginx before Podium sees them, with nginx's own timeouts and a
 * connection limit per address: this is the instance's own defence, for a Podium reached directly.
 */
public class BodyReadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final int MAX_READING = 128;
    static final int MAX_READING_PER_ADDRESS = 32;
    static final long GRACE_MILLIS = 5_000;
    static final long MIN_BYTES_PER_SECOND = 2_048;

    private final transient Semaphore reading = new Semaphore(MAX_READING);
    private final transient Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private transient LongSupplier clock = System::currentTimeMillis;

    @Inject
    transient PodiumConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = config == null ? request.getRemoteAddr() : config.clientAddress(request);
        AtomicInteger mine = perAddress.computeIfAbsent(address, a -> new AtomicInteger());
        if (mine.incrementAndGet() > MAX_READING_PER_ADDRESS) {
            release(address, mine);
            refuse(request, response, 429);
            return;
        }
        if (!reading.tryAcquire()) {
            release(address, mine);
            refuse(request, response, 503);
            return;
        }
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable done = () -> {
            if (held.compareAndSet(true, false)) {
                reading.release();
                release(address, mine);
            }
        };
        try {
            Bounded bounded = new Bounded(request, request.getContentLengthLong(), done, clock);
            HttpServletRequest next = bounded;
            if (MultipartForm.isMultipart(request)) {
                // a multipart form, on any path: Podium reads it, never the container (see MultipartForm), now,
                // while it holds its place; the form lives for this request only
                MultipartForm form = readMultipart(request, response);
                done.run();
                if (form == null) {
                    return;
                }
                try {
                    chain.doFilter(form, response);
                } finally {
                    form.delete();
                }
                return;
            }
            if (request.getRequestURI().endsWith(".xhtml")) {
                // a page's form: the container parses it now, while it holds its place (a form that is too large
                // is left to UploadLimitFilter, which answers it)
                boolean tooLarge = !readForm(request, response);
                done.run();
                if (tooLarge) {
                    return;
                }
                next = request;
            } else if (request.getContentLengthLong() > 0 && request.getContentLengthLong() <= BUFFERED) {
                // the API's JSON and small imports: read whole now, under the minimum rate
                next = bounded.buffered();
                done.run();
            }
            chain.doFilter(next, response);
        } finally {
            done.run();
        }
    }

    /** Bodies up to this size are read whole before the request goes on; larger ones as they are used. */
    static final long BUFFERED = 1 << 20;

    /** Parses a page's form (not a multipart one: {@link #readMultipart}) now; true. */
    private static boolean readForm(HttpServletRequest request, HttpServletResponse response) {
        request.getParameterMap();
        return true;
    }

    /**
     * Reads a multipart form; null when it was answered instead: beyond the upload bounds (as UploadLimitFilter
     * answers), or cut off (400; 415 from the API, which reads JSON and CSV bodies only).
     */
    private static MultipartForm readMultipart(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            return MultipartForm.parse(request);
        } catch (MultipartForm.TooLarge tooLarge) {
            UploadLimitFilter.tooLarge(request, response, tooLarge.getMessage());
            return null;
        } catch (IOException broken) {
            if (api(request)) {
                Problems.write(
                        response, Problems.of(415, LocaleBean.of(request), "problem.unsupportedMediaType", null));
            } else {
                ErrorLoggingFilter.plainPage(request, response, 400);
            }
            return null;
        }
    }

    private void release(String address, AtomicInteger counter) {
        if (counter.decrementAndGet() <= 0) {
            perAddress.remove(address, counter);
        }
    }

    static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** Answered before the body is read: the connection is closed, so the unread body costs nothing more. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        response.setHeader("Connection", "close");
        response.setHeader("Retry-After", "1");
        String key = status == 429 ? "bodies.perAddress" : "bodies.busy";
        if (api(request)) {
            Problems.write(response, Problems.of(status, LocaleBean.of(request), "problem." + key, null));
        } else {
            ErrorLoggingFilter.plainPage(request, response, status, "error." + key);
        }
    }

    static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The request's body, read under the minimum rate; reading it to its end gives its place back at once. */
    static final class Bounded extends HttpServletRequestWrapper {

        private final long length;
        private final Runnable done;
        private final LongSupplier clock;
        private final long started;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long length, Runnable done, LongSupplier clock) {
            super(request);
            this.length = length;
            this.done = done;
            this.clock = clock;
            this.started = clock.getAsLong();
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        counted(b < 0 ? -1 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        counted(n);
                        return n;
                    }

                    private void counted(int n) throws IOException {
                        if (n < 0 || length > 0 && (read += n) >= length) {
                            done.run();
                            return;
                        }
                        check(read);
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        /** The whole body, read now; the request then reads it from memory. */
        HttpServletRequest buffered() throws IOException {
            // exactly Content-Length bytes, never "until the end": a request that also asks for a protocol upgrade
            // (Java's HTTP client offers h2c, and nginx passes it on) has no end of stream after its body
            byte[] body = getInputStream().readNBytes((int) length);
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            ServletInputStream memory = new ServletInputStream() {
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
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("not asynchronous");
                }
            };
            return new HttpServletRequestWrapper((HttpServletRequest) getRequest()) {
                @Override
                public ServletInputStream getInputStream() {
                    return memory;
                }

                @Override
                public BufferedReader getReader() {
                    String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                    return new BufferedReader(new InputStreamReader(memory, Charset.forName(encoding)));
                }
            };
        }

        /** Too slow: the body is refused (the request ends as a 408, see ErrorLoggingFilter). */
        void check(long read) throws IOException {
            long elapsed = clock.getAsLong() - started;
            if (tooSlow(read, elapsed)) {
                throw new BodyTooSlow();
            }
        }

        static boolean tooSlow(long read, long elapsedMillis) {
            return elapsedMillis > GRACE_MILLIS && read * 1000 < MIN_BYTES_PER_SECOND * elapsedMillis;
        }
    }
}

package org.podium.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.podium.bench.BenchTable;
import org.podium.it.Http;
import org.podium.it.PodiumProcess;

/**
 * The public's reading pages under a crowd of anonymous readers, next to a static file of the same server measured in
 * the same run (the raw limit): the item page and the home page from 32 clients, the item page for a signed-in
 * resident (rendered for them, never cached). Then 50,000 anonymous views from 4 clients while the API is asked for
 * the meetings once a second: the heap after a full collection before and after, the sessions the readers were given
 * (none), the API's slowest answer. It fails only if a reader is given a session or a page fails.
 */
class ReadingPagesBenchmark {

    static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 10));

    record Figures(String what, int clients, long count, double perSecond, double p50ms, double p99ms, long cookies) {}

    @Test
    void readersOfTheHotItemAgainstAStaticFile() throws Exception {
        try (PodiumProcess podium = new PodiumProcess(CommentSubmissionBenchmark.environment())) {
            long item = CommentSubmissionBenchmark.openDemoItem(podium.base);
            String itemPage = podium.base + "item.xhtml?id=" + item;
            // the style sheet as the container serves a file (not through the Faces resource handler)
            String staticFile = podium.base + "resources/css/podium.css";
            Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 30));
            load(itemPage, null, 32, warmup.dividedBy(2), 0);
            load(staticFile, null, 32, warmup.dividedBy(2), 0);

            List<Figures> figures = new ArrayList<>();
            Figures file = load(staticFile, null, 32, RUN, 0);
            figures.add(file);
            Figures page = load(itemPage, null, 32, RUN, 0);
            figures.add(page);
            figures.add(load(podium.base, null, 32, RUN, 0));
            Http resident = new Http(podium.base);
            assertEquals(
                    302,
                    resident.login("resident@podium.example", CommentSubmissionBenchmark.DEMO_PASSWORD)
                            .statusCode());
            figures.add(load(itemPage, "JSESSIONID=" + resident.cookie("JSESSIONID"), 8, RUN, 0));
            for (Figures f : figures) {
                assertEquals(0, f.cookies(), f.what() + ": a reader is given no session");
            }

            long before = heapAfterFullGc(podium.pid());
            AtomicLong slowestApi = new AtomicLong();
            Thread api = new Thread(() -> slowestApi.set(apiWhileLoaded(podium.base)));
            api.start();
            Figures crowd = load(itemPage, null, 4, Duration.ofMinutes(10), 50_000);
            api.interrupt();
            api.join();
            long after = heapAfterFullGc(podium.pid());
            assertEquals(0, crowd.cookies(), "50,000 readers are given no session");

            print(figures, crowd);
            String b = "Reading pages";
            BenchTable.record(b, "static file, 32 clients", "requests/s", file.perSecond());
            BenchTable.record(
                    b,
                    "item page (anonymous), 32 clients",
                    "pages/s",
                    page.perSecond(),
                    "static file of the same server, requests/s",
                    file.perSecond());
            BenchTable.record(b, "item page (anonymous), 32 clients, p99", "ms", page.p99ms());
            BenchTable.record(
                    b,
                    "home page (anonymous), 32 clients",
                    "pages/s",
                    figures.get(2).perSecond(),
                    "static file of the same server, requests/s",
                    file.perSecond());
            BenchTable.record(
                    b,
                    "item page (signed-in resident), 8 clients",
                    "pages/s",
                    figures.get(3).perSecond(),
                    "static file of the same server, requests/s",
                    file.perSecond());
            BenchTable.record(
                    b,
                    "heap after 50,000 anonymous views, full GC",
                    "MB",
                    after / 1e6,
                    "heap before them, MB",
                    before / 1e6);
            BenchTable.record(b, "slowest API answer during the 50,000 views", "ms", slowestApi.get() / 1e6);
            System.out.printf(
                    Locale.ROOT,
                    "heap after a full GC: %.1f MB before 50,000 anonymous views, %.1f MB after;"
                            + " the API's slowest answer meanwhile %.1f ms%n",
                    before / 1e6,
                    after / 1e6,
                    slowestApi.get() / 1e6);
        }
    }

    /**
     * GETs of one address from as many clients, each waiting for its answer, for {@code run} or until {@code limit}
     * answers (when above 0). Counts the answers that set a cookie.
     */
    static Figures load(String url, String cookie, int clients, Duration run, long limit) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + run.toNanos();
        AtomicLong done = new AtomicLong();
        AtomicLong cookies = new AtomicLong();
        List<Future<long[]>> runs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            runs.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < deadline && (limit <= 0 || done.incrementAndGet() <= limit)) {
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept-Language", "en");
                    if (cookie != null) {
                        b.header("Cookie", cookie);
                    }
                    long s = System.nanoTime();
                    HttpResponse<byte[]> r = client.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    mine.add(System.nanoTime() - s);
                    assertEquals(200, r.statusCode(), url);
                    if (!r.headers().allValues("Set-Cookie").isEmpty()) {
                        cookies.incrementAndGet();
                    }
                }
                return mine.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<long[]> latencies = new ArrayList<>();
        for (Future<long[]> f : runs) {
            latencies.add(f.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        assertTrue(all.length > 0, url + ": nothing completed");
        String what = url.replaceFirst("^http://[^/]+/", "/") + (cookie == null ? "" : " (signed in)");
        return new Figures(
                what,
                clients,
                all.length,
                all.length / seconds,
                all[all.length / 2] / 1e6,
                all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6,
                cookies.get());
    }

    /** GET /api/v1/meetings once a second until interrupted; the slowest answer, in ns. */
    static long apiWhileLoaded(String base) {
        HttpClient client = HttpClient.newHttpClient();
        long slowest = 0;
        while (!Thread.currentThread().isInterrupted()) {
            long s = System.nanoTime();
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/meetings"))
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                slowest = Math.max(slowest, System.nanoTime() - s);
                Thread.sleep(1000); // the pace of the probe
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return slowest;
    }

    /** The instance's used heap after a full collection, in bytes (jcmd GC.run, then GC.heap_info). */
    static long heapAfterFullGc(long pid) throws Exception {
        run("jcmd", String.valueOf(pid), "GC.run");
        String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        assertTrue(m.find(), info);
        return Long.parseLong(m.group(1)) * 1024;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static void print(List<Figures> figures, Figures crowd) {
        double file = figures.get(0).perSecond();
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "%-48s %7s %9s %10s %9s %9s %8s%n",
                "figure",
                "clients",
                "count",
                "per s",
                "p50 ms",
                "p99 ms",
                "ratio"));
        for (Figures f : figures) {
            b.append(String.format(
                    Locale.ROOT,
                    "%-48s %7d %9d %10.1f %9.2f %9.2f %8.3f%n",
                    f.what(),
                    f.clients(),
                    f.count(),
                    f.perSecond(),
                    f.p50ms(),
                    f.p99ms(),
                    f.perSecond() / file));
        }
        b.append(String.format(
                Locale.ROOT,
                "%-48s %7d %9d %10.1f %9.2f %9.2f%n",
                "crowd: " + crowd.what(),
                crowd.clients(),
                crowd.count(),
                crowd.perSecond(),
                crowd.p50ms(),
                crowd.p99ms()));
        System.out.print(b);
    }
}

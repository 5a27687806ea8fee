package org.podium.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.podium.bench.BenchTable;
import org.podium.it.Browser;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.PodiumProcess;

/**
 * A clerk clears 300 typical comments in Chromium with the keyboard and bulk actions, as the moderation guide
 * describes: the flagged ones first (reject the obscene with a reason, redact the suggested personal data and
 * publish), then the rest, a page of 50 at a time (Shift+A, Shift+P). Prints the time the system took, the keys and
 * clicks, the pages loaded, and what is left of ten minutes for the clerk's reading once the system's time and
 * half a second per key or click are spent. Never fails on a timing. Run with {@code mvn -B verify -Pbench}.
 */
class ModerationBenchmark {

    static final int COMMENTS = Integer.getInteger("bench.moderation.comments", 300);

    int actions;
    int pages;

    @Test
    void aClerkClearsThreeHundredCommentsWithTheKeyboard() throws Exception {
        try (PodiumProcess podium = new PodiumProcess(CommentSubmissionBenchmark.environment());
                Browser browser = new Browser(podium.base)) {
            Http clerk = new Http(podium.base).basic("clerk@podium.example", CommentSubmissionBenchmark.DEMO_PASSWORD);
            long meeting = Fixtures.createMeeting(
                    clerk,
                    "Moderation benchmark " + UUID.randomUUID(),
                    Instant.now().plus(5, ChronoUnit.DAYS));
            long item = Fixtures.addItem(clerk, meeting, "1", "Ordinance: property tax levy");
            Fixtures.publish(clerk, meeting);
            int obscene = 0;
            int personal = 0;
            List<String> all = new ArrayList<>();
            for (int i = 0; i < COMMENTS; i++) {
                String text;
                if (i % 20 == 7) {
                    text = "This levy is bullshit and so is the council, letter " + i;
                    obscene++;
                } else if (i % 20 == 13) {
                    text = "My neighbour at 312-555-" + String.format(Locale.ROOT, "%04d", i) + " agrees, letter " + i;
                    personal++;
                } else {
                    text = "The levy would fall hardest on seniors on fixed incomes; please vote no. Letter " + i;
                }
                HttpResponse<String> r = clerk.post(
                        "api/v1/clerk/items/" + item + "/comments",
                        Fixtures.json(
                                "channel",
                                "LETTER",
                                "receivedAt",
                                Instant.now().minusSeconds(COMMENTS - i),
                                "position",
                                "OPPOSE",
                                "text",
                                text));
                assertEquals(201, r.statusCode(), r.body());
                all.add(Http.object(r).getString("trackingNumber"));
            }

            browser.open("login.xhtml")
                    .type("login:email", "clerk@podium.example")
                    .type("login:password", CommentSubmissionBenchmark.DEMO_PASSWORD)
                    .press("login:submit");
            String queue = "clerk/queue.xhtml?meeting=" + meeting;
            long start = System.nanoTime();

            // 1. the obscene ones: e, the reason (two arrows down to "obscenity"), Enter; the focus stays in place
            open(browser, queue + "&flag=obscenity");
            while (!browser.present("queueEmpty")) {
                if (focused(browser) == null) {
                    keys(browser, "j");
                }
                keys(browser, "e");
                WebElement reason = browser.driver.switchTo().activeElement();
                reason.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
                actions += 2;
                browser.markPage();
                reason.sendKeys(Keys.ENTER);
                actions++;
                browser.awaitNewPage();
                pages++;
            }
            // 2. personal data: h opens the comment at its redaction, the suggested span is ticked already
            open(browser, queue + "&flag=personal-data");
            while (!browser.present("queueEmpty")) {
                keys(browser, "j");
                browser.markPage();
                keys(browser, "h");
                browser.awaitNewPage();
                pages++;
                browser.press("redact:apply");
                actions++;
                pages++;
                browser.driver.findElements(By.cssSelector("input[name='decision:decision']")).stream()
                        .filter(e -> "PUBLISHED".equals(e.getAttribute("value")))
                        .findFirst()
                        .orElseThrow()
                        .click();
                browser.press("decision:decide");
                actions += 2;
                pages++;
                open(browser, queue + "&flag=personal-data");
            }
            // 3. the rest, 50 at a time: Shift+A selects the page, Shift+P publishes it
            open(browser, queue);
            while (!browser.present("queueEmpty")) {
                keys(browser, "A");
                browser.markPage();
                keys(browser, "P");
                browser.awaitNewPage();
                pages++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;

            int published = 0;
            int rejected = 0;
            for (String t : all) {
                String status = Http.object(clerk.get("api/v1/comments/" + t)).getString("status");
                published += status.equals("PUBLISHED") ? 1 : 0;
                rejected += status.equals("REJECTED") ? 1 : 0;
            }
            assertEquals(obscene, rejected);
            assertEquals(COMMENTS - obscene, published);
            String list = new Http(podium.base)
                    .get("api/v1/items/" + item + "/comments?size=100")
                    .body();
            assertTrue(!list.contains("312-555-") && !list.contains("bullshit"), "nothing flagged got out");

            int clean = COMMENTS - obscene - personal;
            // what is left of ten minutes for reading, once the system's time and a human's keys (0.5 s each) are spent
            double left = 600 - seconds - actions * 0.5;
            System.out.printf(
                    Locale.ROOT,
                    "%n=== Moderation benchmark: %d comments (%d clean, %d obscene, %d with personal" + " data) ===%n",
                    COMMENTS,
                    clean,
                    obscene,
                    personal);
            System.out.printf(
                    Locale.ROOT,
                    "system time (browser + server)   %8.1f s  (%.2f s per comment)%n",
                    seconds,
                    seconds / COMMENTS);
            System.out.printf(
                    Locale.ROOT,
                    "keys and clicks                  %8d    (%.2f per comment)%n",
                    actions,
                    (double) actions / COMMENTS);
            System.out.printf(Locale.ROOT, "pages loaded                     %8d%n", pages);
            System.out.printf(
                    Locale.ROOT,
                    "of 10 minutes, left for reading  %8.1f s  (%.2f s per comment, after the"
                            + " system time and 0.5 s per key or click)%n",
                    left,
                    left / COMMENTS);
            BenchTable.record(
                    "Moderation (" + COMMENTS + " comments)", "system time per comment", "s", seconds / COMMENTS);
            BenchTable.record(
                    "Moderation (" + COMMENTS + " comments)",
                    "keys and clicks per comment",
                    "",
                    (double) actions / COMMENTS);
            BenchTable.record(
                    "Moderation (" + COMMENTS + " comments)",
                    "of 10 minutes, left for reading per comment",
                    "s",
                    left / COMMENTS);
        }
    }

    void open(Browser browser, String path) {
        browser.open(path);
        pages++;
        actions++;
    }

    void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
        actions++;
    }

    static String focused(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("var r = document.activeElement && document.activeElement.closest('tr[data-t]');"
                        + " return r ? r.getAttribute('data-t') : null;");
    }
}

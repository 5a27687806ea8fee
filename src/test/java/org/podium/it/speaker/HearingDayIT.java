package org.podium.it.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Deployments.CLERK;
import static org.podium.it.Deployments.COUNCIL;
import static org.podium.it.Deployments.DEMO_PASSWORD;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.it.Browser;
import org.podium.it.DeployedTest;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.SignUps;

/**
 * A whole hearing day, as the people in the room live it (issue 19): a clerk publishes an agenda; residents comment
 * (some with phone numbers, one form letter twenty times) and sign up; the clerk starts the meeting and clears the
 * queue with the keyboard; the console runs the speakers while the chamber display and a council member's page follow;
 * the clerk adjourns; a late comment is refused or kept as late; the clerk finalizes; a resident reads the record.
 * <p>
 * At each step every open page is looked at as a person would, at 1366×768 and at 390×844: a screenshot goes to
 * {@code target/hearing-day/} (one run's pictures, in order, for a person to leaf through), and the page must show no
 * "NaN", "null" or "undefined", no message key instead of its text, nothing wider than the window, its style sheet
 * applied, and no text of the other language.
 */
class HearingDayIT extends DeployedTest {

    private static final Path SHOTS = Path.of("target", "hearing-day");
    private static final Pattern JUNK = Pattern.compile("\\b(NaN|undefined|null)\\b|\\?\\?\\?");
    private static final int[][] SIZES = {{1366, 768}, {390, 844}};

    private int step;
    private List<String> keys;
    private List<String> onlySpanish;
    private List<String> onlyEnglish;

    @Test
    void aHearingDayFromTheAgendaToTheFinalRecord() throws Exception {
        loadBundles();
        Files.createDirectories(SHOTS);
        try (var old = Files.list(SHOTS)) {
            old.forEach(p -> p.toFile().delete());
        }
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Http clerkApi = new Http(base.toString()).basic(CLERK, DEMO_PASSWORD);
        long meeting = Fixtures.createMeeting(
                clerkApi, "Hearing day " + tag, Instant.now().plus(2, ChronoUnit.DAYS));
        long levy = Fixtures.addItem(clerkApi, meeting, "4.a", "Ordinance: 2027 property tax levy increase");
        Fixtures.addItem(clerkApi, meeting, "4.b", "Resolution: library branch hours");

        try (Browser clerk = new Browser(base.toString());
                Browser resident = new Browser(base.toString())) {
            // the clerk publishes the agenda
            login(clerk, CLERK);
            clerk.open("clerk/meeting.xhtml?id=" + meeting);
            look(clerk, "clerk-draft-agenda", "en");
            clerk.press("state:publish");
            assertTrue(clerk.present("consoleLink"), "published: the console opens");
            look(clerk, "clerk-published-agenda", "en");

            // a resident reads the agenda and comments, with a phone number in the text
            resident.open("index.xhtml");
            look(resident, "public-home", "en");
            resident.open("meeting.xhtml?id=" + meeting); // (other tests' meetings may come first on the home page)
            look(resident, "public-meeting", "en");
            resident.click("Ordinance: 2027 property tax levy increase");
            look(resident, "public-item-with-form", "en");
            resident.click("Español");
            look(resident, "public-item-in-spanish", "es");
            resident.click("English");
            String email = "rosa-" + tag + "@example.org";
            resident.type(
                            "comment:text",
                            "I oppose the levy: seniors on fixed incomes cannot absorb it. Call me at "
                                    + "(312) 555-0142 if the council wants numbers.")
                    .type("comment:email", email)
                    .type("comment:name", "Rosa Martínez");
            resident.driver.findElements(By.cssSelector("input[name='comment:position']")).stream()
                    .filter(e -> "OPPOSE".equals(e.getAttribute("value")))
                    .findFirst()
                    .orElseThrow()
                    .click();
            resident.press("comment:preview");
            look(resident, "public-comment-preview", "en");
            resident.press("confirm:submit");
            String rosa = resident.text("trackingNumber");
            look(resident, "public-comment-receipt", "en");

            // the rest of the public: a form letter twenty times (mailed in, entered by the clerk), comments by API
            String letter =
                    "Dear Council Members, I urge you to vote no on the $60 million levy increase. Families and "
                            + "seniors on fixed incomes cannot absorb another tax increase this year.";
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> r = clerkApi.post(
                        "api/v1/clerk/items/" + levy + "/comments",
                        Fixtures.json(
                                "channel",
                                "LETTER",
                                "receivedAt",
                                Instant.now().minusSeconds(600 + i),
                                "position",
                                "OPPOSE",
                                "name",
                                "Signer " + i,
                                "text",
                                letter));
                assertEquals(201, r.statusCode(), r.body());
            }
            Http anyone = new Http(base.toString());
            for (String text : List.of(
                    "Please publish how much of the levy goes to each pension fund.",
                    "I support the levy: the pensions must be paid. Reach me at 773-555-0199.",
                    "Audit the pension contributions first, then decide.")) {
                HttpResponse<String> r = anyone.post(
                        "api/v1/items/" + levy + "/comments",
                        Fixtures.json(
                                "position",
                                "NEUTRAL",
                                "text",
                                text,
                                "email",
                                "api-" + UUID.randomUUID() + "@example.org"));
                assertEquals(201, r.statusCode(), r.body());
            }
            // sign-ups: three by the API, one in the browser
            for (String name : List.of("Ana Ruiz", "Ben Okafor", "Chen Wei")) {
                String address = UUID.randomUUID() + "@example.org";
                SignUps.confirmed(anyone, levy, SignUps.body(name, address, "IN_PERSON"), address);
            }
            resident.open("item.xhtml?id=" + levy);
            resident.driver.findElement(By.cssSelector("#speakLink a")).click();
            look(resident, "public-speak-form", "en");
            resident.driver.findElements(By.cssSelector("input[name='speak:mode']")).stream()
                    .filter(e -> "REMOTE".equals(e.getAttribute("value")))
                    .findFirst()
                    .orElseThrow()
                    .click();
            resident.type("speak:email", email).type("speak:name", "Rosa Martínez");
            resident.driver.findElements(By.cssSelector("input[name='speak:position']")).stream()
                    .filter(e -> "OPPOSE".equals(e.getAttribute("value")))
                    .findFirst()
                    .orElseThrow()
                    .click();
            resident.press("speak:submit");
            assertTrue(resident.text("speakerWhere").contains("Council Chamber"), resident.body());
            // no place until the address is confirmed: the page says so, the mail's link confirms it
            assertTrue(resident.present("unconfirmedNote"), resident.body());
            look(resident, "public-speaker-unconfirmed", "en");
            // the clerk's list says so in clerk wording, and is a list of cards on a phone
            clerk.open("clerk/speakers.xhtml?meeting=" + meeting);
            assertTrue(
                    clerk.text("signUps").contains("address not confirmed yet (holds no place)"),
                    clerk.text("signUps"));
            assertFalse(clerk.text("signUps").contains("waiting for you"), "no resident wording to the clerk");
            assertFitsAPhone(clerk, "#signUps tr");
            look(clerk, "clerk-speakers-unconfirmed", "en");
            resident.driver.get(resident.driver.getCurrentUrl() + "&confirm=" + SignUps.token(email));
            resident.press("confirmForm:confirm");
            assertTrue(resident.text("speakerStatus").startsWith("confirmed"), resident.text("speakerStatus"));
            look(resident, "public-speaker-confirmation", "en");

            // the clerk starts the meeting and clears the queue from the keyboard
            clerk.open("clerk/meeting.xhtml?id=" + meeting);
            answer(clerk, By.cssSelector("#state input[value='Start the meeting']"), "Start the meeting now?");
            look(clerk, "clerk-meeting-started", "en");
            clerk.open("clerk/queue.xhtml?meeting=" + meeting);
            assertEquals(24, rows(clerk), () -> "every comment waits for a clerk: " + clerk.body());
            look(clerk, "clerk-queue-full", "en");
            keys(clerk, "A");
            keysAndWait(clerk, "P");
            look(clerk, "clerk-queue-after-bulk-publish", "en");
            for (int i = 0; i < 30 && rows(clerk) > 0; i++) {
                keys(clerk, "j");
                keysAndWait(clerk, "r"); // what the bulk click held back (the phone numbers): for the record only
            }
            assertEquals(0, rows(clerk), "the queue is clear");
            assertEquals("RECORD_ONLY", status(clerkApi, rosa), "a phone number is never published by a bulk click");
            look(clerk, "clerk-queue-cleared", "en");

            // the console runs the speakers; the chamber display and a council member follow without reloading
            try (Browser display = new Browser(base.toString());
                    Browser council = new Browser(base.toString())) {
                display.open("display.xhtml?meeting=" + meeting);
                // at rest the display says why no one speaks, under the meeting's name (it said "—")
                new WebDriverWait(display.driver, Duration.ofSeconds(10))
                        .until(d -> display.text("liveSpeaker").equals("No one is speaking.")
                                || display.text("liveSpeaker").equals("Waiting for the next speaker."));
                assertFalse(display.find("liveNowLabel").isDisplayed(), "no 'Now speaking' above no one");
                assertTrue(display.text("liveMeeting").startsWith("Hearing day "), display.text("liveMeeting"));
                look(display, "chamber-display-before", "en");
                login(council, COUNCIL);
                council.open("council/live.xhtml?meeting=" + meeting);
                look(council, "council-speakers-before", "en");
                clerk.open("clerk/live.xhtml?meeting=" + meeting);
                new Select(clerk.find("console:item")).selectByValue(String.valueOf(levy));
                clerk.press("console:showItem");
                new WebDriverWait(display.driver, Duration.ofSeconds(10))
                        .until(d -> display.text("liveSpeaker").equals("Waiting for the next speaker."));
                look(clerk, "clerk-console", "en");
                keysAndWait(clerk, "n");
                new WebDriverWait(display.driver, Duration.ofSeconds(10))
                        .until(d -> display.text("liveSpeaker").equals("Ana Ruiz"));
                new WebDriverWait(council.driver, Duration.ofSeconds(10))
                        .until(d -> council.text("liveSpeaker").equals("Ana Ruiz"));
                look(clerk, "clerk-console-speaking", "en");
                look(display, "chamber-display-speaking", "en");
                look(council, "council-speakers-speaking", "en");
                council.open("council/summary.xhtml?item=" + levy);
                assertTrue(
                        council.body().contains("one form letter")
                                || council.body().contains("20"),
                        council.body());
                look(council, "council-item-summary", "en");
                council.open("council/meeting.xhtml?meeting=" + meeting);
                assertFitsAPhone(council, "#meetingItems caption, #meetingItems tr");
                look(council, "council-meeting-at-a-glance", "en");
                council.open("council/index.xhtml");
                assertFitsAPhone(council, "#meetings tr");
                look(council, "council-meetings", "en");
                council.open("council/summary.xhtml?item=" + levy + "&lang=es");
                look(council, "council-item-summary-in-spanish", "es");
                assertEquals(
                        "es",
                        council.driver
                                .findElement(By.xpath("//h3/span[.='Personas mayores e ingresos" + " fijos']"))
                                .getAttribute("lang"),
                        "a topic the clerks named in Spanish reads in Spanish");
                assertEquals(
                        "en",
                        council.driver
                                .findElement(By.cssSelector("#summaryItem span"))
                                .getAttribute("lang"),
                        "an item title without a Spanish version is marked as English");
                // a topic left without a Spanish name (another test's, say) is marked English, and the page says why
                boolean english = council.driver.findElements(By.cssSelector("#topicsHeading ~ h3 span")).stream()
                        .anyMatch(e -> "en".equals(e.getAttribute("lang")));
                assertEquals(english, council.present("topicsOriginal"), "the note says it exactly when it applies");
                council.open("council/summary.xhtml?item=" + levy + "&lang=en");
                keysAndWait(clerk, "n");
                new WebDriverWait(display.driver, Duration.ofSeconds(10))
                        .until(d -> display.text("liveSpeaker").equals("Ben Okafor"));

                // the clerk adjourns: the line ends, the display rests
                clerk.open("clerk/meeting.xhtml?id=" + meeting);
                answer(clerk, By.cssSelector("#state input[value='Adjourn']"), "Adjourn the meeting?");
                new WebDriverWait(display.driver, Duration.ofSeconds(10))
                        .until(d -> display.text("liveSpeaker").equals("The meeting has adjourned."));
                assertFalse(display.find("liveNextLabel").isDisplayed(), "no empty 'Next' after the gavel");
                assertFalse(
                        clerk.driver
                                .findElements(By.cssSelector("input[id$=':reopen']"))
                                .isEmpty(),
                        "after the gavel the clerk can reopen an item's comment");
                look(clerk, "clerk-meeting-adjourned", "en");
                look(display, "chamber-display-adjourned", "en");
            }

            // a late comment: refused, or kept for the record only and marked late, as the council set it
            HttpResponse<String> late = anyone.post(
                    "api/v1/items/" + levy + "/comments",
                    Fixtures.json(
                            "position",
                            "OPPOSE",
                            "text",
                            "Sorry I am late: vote no.",
                            "email",
                            "late-" + tag + "@example.org"));
            resident.open("item.xhtml?id=" + levy);
            if (late.statusCode() == 409) {
                assertTrue(late.body().contains("closed"), late.body());
                assertTrue(
                        resident.text("commentWindow").contains("the meeting has adjourned"),
                        resident.text("commentWindow"));
                assertFalse(resident.present("comment:text"), "no form after the gavel");
            } else {
                assertEquals(201, late.statusCode(), late.body());
                assertEquals("RECORD_ONLY", Http.object(late).getString("status"), "late: for the record only");
                assertTrue(resident.body().contains("marked \"late \u2014 record only\""), resident.body());
            }
            look(resident, "public-item-after-adjournment", "en");

            // the clerk finalizes the record; a resident reads it
            clerk.open("clerk/meeting.xhtml?id=" + meeting);
            clerk.pressAndConfirm("record:finalize");
            assertTrue(clerk.body().contains("The record is finalized."), clerk.body());
            look(clerk, "clerk-record-finalized", "en");
            resident.open("meeting.xhtml?id=" + meeting);
            assertTrue(resident.text("recordFiles").contains("Minutes appendix (PDF)"), resident.text("recordFiles"));
            look(resident, "public-meeting-with-record", "en");
            resident.driver.findElement(By.id("recordVerify")).click();
            look(resident, "public-record-check", "en");
            resident.open("comment.xhtml?t=" + rosa);
            assertTrue(
                    resident.text("commentStatus").contains("In the official record"), resident.text("commentStatus"));
            look(resident, "public-comment-in-the-record", "en");
            resident.open("meeting.xhtml?id=" + meeting + "&lang=es");
            look(resident, "public-meeting-with-record-in-spanish", "es");
        }
        try (var shots = Files.list(SHOTS)) {
            assertEquals(2L * step, shots.count(), "two screenshots for every step, in " + SHOTS.toAbsolutePath());
        }
    }

    /**
     * Looks at the page at both sizes: a screenshot each, and what a person would notice at once. {@code lang} is the
     * language the page should be in.
     */
    /**
     * At 390 px, every element the selector names ends within the window: a table's rows are cards, not a table
     * scrolled sideways inside its box (which the page's own width does not show).
     */
    private static void assertFitsAPhone(Browser b, String selector) {
        ChromeDriver chrome = (ChromeDriver) b.driver;
        try {
            chrome.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            Object over = ((JavascriptExecutor) b.driver)
                    .executeScript(
                            "document.body.offsetHeight; return Array.from("
                                    + "document.querySelectorAll(arguments[0])).filter(function (e) { var r = e.getBoundingClientRect();"
                                    + " return r.width > 0 && r.right > window.innerWidth + 1; }).map(function (e) { return e.tagName"
                                    + " + ' ' + Math.round(e.getBoundingClientRect().right); });",
                            selector);
            assertEquals(List.of(), over, selector + " wider than a 390 px phone");
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void look(Browser b, String name, String lang) throws IOException {
        step++;
        ChromeDriver chrome = (ChromeDriver) b.driver;
        try {
            for (int[] size : SIZES) {
                chrome.executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", size[0] < 600));
                JavascriptExecutor js = (JavascriptExecutor) b.driver;
                js.executeScript("return document.body.offsetHeight;"); // layout at the new size
                String where = String.format("%02d-%s-%dx%d", step, name, size[0], size[1]);
                Files.write(
                        SHOTS.resolve(where + ".png"), ((TakesScreenshot) b.driver).getScreenshotAs(OutputType.BYTES));
                String text = b.body();
                var junk = JUNK.matcher(text);
                if (junk.find()) {
                    throw new AssertionError(where + ": \"" + junk.group() + "\" on screen:\n" + text);
                }
                for (String key : keys) {
                    assertFalse(text.contains(key), where + ": the message key " + key + " instead of its text");
                }
                long wide = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
                assertTrue(wide <= size[0], where + ": the page is " + wide + " px wide in a window of " + size[0]);
                assertEquals(
                        Boolean.TRUE,
                        js.executeScript("return Array.from(document.styleSheets).some(function (s) {"
                                + " try { return s.href && s.href.indexOf('podium.css') >= 0 && s.cssRules.length > 50; }"
                                + " catch (e) { return false; } });"),
                        where + ": the style sheet is applied");
                for (String other : "en".equals(lang) ? onlySpanish : onlyEnglish) {
                    assertFalse(text.contains(other), where + ": text of the other language: " + other);
                }
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void loadBundles() throws IOException {
        Properties en = bundle("org/podium/i18n/messages.properties");
        Properties es = bundle("org/podium/i18n/messages_es.properties");
        keys = new ArrayList<>(en.stringPropertyNames());
        onlySpanish = new ArrayList<>();
        onlyEnglish = new ArrayList<>();
        for (String k : en.stringPropertyNames()) {
            String e = en.getProperty(k);
            String s = es.getProperty(k, e);
            if (!e.equals(s) && !k.startsWith("mail.") && !k.startsWith("format.")) {
                if (plain(s)) {
                    onlySpanish.add(s);
                }
                if (plain(e)) {
                    onlyEnglish.add(e);
                }
            }
        }
    }

    /** A whole sentence of the interface, long enough that seeing it means the page speaks that language. */
    private static boolean plain(String text) {
        return text.length() >= 18 && text.indexOf('{') < 0 && text.indexOf('\'') < 0 && text.indexOf('\n') < 0;
    }

    private static Properties bundle(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HearingDayIT.class.getClassLoader().getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return p;
    }

    private static void login(Browser b, String email) {
        b.open("login.xhtml")
                .type("login:email", email)
                .type("login:password", DEMO_PASSWORD)
                .press("login:submit");
    }

    private static int rows(Browser b) {
        b.find("queueTotal"); // the queue's part of the page is there (its rows, if any, with it)
        return b.driver.findElements(By.cssSelector("#queue tr[data-t]")).size();
    }

    private static String status(Http clerk, String tracking) {
        return Http.object(clerk.get("api/v1/comments/" + tracking)).getString("status");
    }

    private static void keys(Browser b, CharSequence... keys) {
        new Actions(b.driver).sendKeys(keys).perform();
    }

    private static void keysAndWait(Browser b, CharSequence... keys) {
        b.markPage();
        keys(b, keys);
        b.awaitNewPage();
    }

    /** Presses a button that asks first, checks the question, and says yes. */
    private static void answer(Browser b, By button, String question) {
        b.markPage();
        b.driver.findElement(button).click();
        Alert alert = new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        assertTrue(alert.getText().contains(question), alert.getText());
        alert.accept();
        b.awaitNewPage();
    }
}

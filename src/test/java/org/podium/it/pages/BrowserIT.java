package org.podium.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Deployments.ADMIN;
import static org.podium.it.Deployments.CLERK;
import static org.podium.it.Deployments.DEMO_PASSWORD;
import static org.podium.it.Fixtures.json;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.it.Browser;
import org.podium.it.DeployedTest;
import org.podium.it.Deployments;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.Mailbox;
import org.podium.it.SignUps;
import org.podium.it.TestInfrastructure;

/**
 * The pages as people use them, in headless Chromium: a clerk drafts and publishes a meeting, a resident reads it in
 * English and Spanish, a resident registers and verifies by e-mail (GreenMail), an administrator creates staff.
 * Every page visited is checked with axe-core.
 */
class BrowserIT extends DeployedTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(base.toString());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    void login(String email, String password) {
        LoginPage.open(browser).as(email, password);
    }

    @Test
    void aClerkPublishesAMeetingThatResidentsReadInEnglishAndSpanish() {
        browser.open("login.xhtml");
        browser.assertAccessible("the login page");
        browser.type("login:email", CLERK).type("login:password", DEMO_PASSWORD).press("login:submit");
        assertTrue(browser.body().contains("Welcome, Carmen Clerk"), browser.body());

        browser.open("clerk/index.xhtml");
        browser.assertAccessible("the clerk's meeting list");
        String title = "Special meeting " + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("America/Chicago"))
                .plusDays(10)
                .withHour(18)
                .withMinute(30);

        // bad input first: a missing title and an impossible date, each told beside its field, nothing lost
        browser.type("create:body", "Committee on Finance")
                .type("create:startsAt", "tomorrow evening")
                .type("create:location", "Room 201A")
                .press("create:submit");
        assertFalse(browser.text("create:titleMsg").isBlank(), "the title is required");
        assertTrue(browser.text("create:startsAtMsg").contains("2026-12-01 18:30"), browser.text("create:startsAtMsg"));
        assertEquals("Room 201A", browser.find("create:location").getAttribute("value"), "typed values are kept");
        browser.assertAccessible("the create form with errors");

        browser.type("create:title", title)
                .type("create:startsAt", start.format(INPUT))
                .press("create:submit");
        assertEquals(title, browser.heading());
        assertTrue(browser.text("agendaState").contains("Draft"));
        browser.assertAccessible("a draft meeting");

        browser.type("item:number", "4.a")
                .type("item:title", "Ordinance: 2027 property tax levy")
                .type("item:fileNumber", "O2026-0041873")
                .type("item:description", "Raises the levy by $60 million.\nSeniors may be exempt.")
                .press("item:submit");
        assertTrue(browser.body().contains("Agenda item added."), browser.body());

        browser.type("item:number", "4.A")
                .type("item:title", "Duplicate number")
                .press("item:submit");
        assertTrue(browser.text("item:numberMsg").contains("already used"), browser.text("item:numberMsg"));

        browser.type("item:number", "4.b")
                .type("item:title", "Appropriation: emergency shelters")
                .type("item:titleEs", "Asignación: albergues de emergencia")
                .type("item:commentOpensAt", start.minusDays(2).format(INPUT))
                .type("item:commentClosesAt", start.minusDays(3).format(INPUT))
                .press("item:submit");
        assertTrue(
                browser.text("item:commentClosesAtMsg").contains("close after it opens"),
                browser.text("item:commentClosesAtMsg"));
        browser.type("item:commentClosesAt", start.minusDays(1).format(INPUT)).press("item:submit");
        assertEquals(
                2,
                browser.driver.findElements(By.cssSelector("#items tbody tr")).size());
        browser.assertAccessible("a meeting with its agenda");
        assertFalse(browser.present("agenda:rows:0:reopen"), "nothing to reopen while comment has not closed");

        // reorder, edit and remove, by keyboard-reachable buttons
        browser.press("agenda:rows:0:down");
        assertTrue(browser.text("items").indexOf("4.b") < browser.text("items").indexOf("4.a"), browser.text("items"));
        browser.press("agenda:rows:1:edit");
        assertEquals("4.a", browser.find("item:number").getAttribute("value"));
        browser.type("item:title", "Ordinance: 2027 property tax levy (amended)")
                .press("item:submit");
        assertTrue(browser.text("items").contains("(amended)"), browser.text("items"));
        browser.type("item:number", "9")
                .type("item:title", "Item added by mistake")
                .press("item:submit");
        assertEquals(
                3,
                browser.driver.findElements(By.cssSelector("#items tbody tr")).size());
        browser.find("agenda:rows:2:remove").click();
        browser.driver.switchTo().alert().dismiss();
        assertEquals(
                3,
                browser.driver.findElements(By.cssSelector("#items tbody tr")).size(),
                "cancelled: nothing removed");
        browser.pressAndConfirm("agenda:rows:2:remove");
        assertEquals(
                2,
                browser.driver.findElements(By.cssSelector("#items tbody tr")).size());
        assertFalse(browser.text("items").contains("by mistake"));

        browser.press("state:publish");
        assertTrue(browser.text("agendaState").contains("Published"), browser.text("agendaState"));
        browser.logout();
        assertTrue(browser.body().contains("You have logged out"));

        browser.forgetSession();
        assertTrue(HomePage.open(browser).isUpcoming(title), "the new meeting is among the upcoming ones");
        browser.assertAccessible("the home page");
        browser.click(title);
        assertEquals(title, browser.heading());
        assertTrue(browser.text("agenda").contains("Ordinance: 2027 property tax levy (amended)"));
        browser.assertAccessible("the public meeting page");
        browser.click("Ordinance: 2027 property tax levy (amended)");
        assertTrue(
                browser.text("commentWindow").startsWith("Public comment is open until"),
                browser.text("commentWindow"));
        assertEquals("O2026-0041873", browser.text("fileNumber"));
        browser.assertAccessible("the public item page");

        browser.click("Español");
        assertTrue(
                browser.text("commentWindow").startsWith("Los comentarios del público están abiertos hasta el"),
                browser.text("commentWindow"));
        assertEquals("es", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(
                "Concejo Municipal",
                browser.driver.findElement(By.cssSelector(".council")).getText(),
                "the council's name in Spanish too");
        assertTrue(browser.body().contains("Número de expediente"));
        assertTrue(
                browser.text("originalNote").contains("todavía no tiene versión en español"),
                "an item the clerk did not translate says so");
        assertEquals(
                "en",
                browser.find("pageHeading").findElement(By.tagName("span")).getAttribute("lang"),
                "and a screen reader reads its title as English");
        browser.click(title);
        assertTrue(browser.text("agenda").contains("Asignación: albergues de emergencia"), browser.text("agenda"));
        assertTrue(
                browser.text("agenda").contains("Ordinance: 2027 property tax levy (amended) (en inglés)"),
                browser.text("agenda"));
        String meetingId = browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
        String json =
                new Http(base.toString()).get("api/v1/meetings/" + meetingId).body();
        assertTrue(
                json.contains("\"titleEs\":\"Asignación: albergues de emergencia\""),
                "the API gives the Spanish too: " + json);
        long shelters =
                Http.object(new Http(base.toString()).get("api/v1/meetings/" + meetingId))
                        .getJsonArray("items")
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .filter(i -> i.getString("number").equals("4.b"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        assertEquals(
                "Asignación: albergues de emergencia",
                Http.object(new Http(base.toString()).get("api/v1/items/" + shelters + "/summary"))
                        .getString("titleEs"),
                "and the item's summary too");
        browser.click("Ordinance: 2027 property tax levy (amended)");
        assertTrue(
                browser.body().contains("0 de 5.000 caracteres"), "numbers in the page's language, not the browser's");
        browser.assertAccessible("the item page in Spanish");
        browser.open("index.xhtml");
        assertEquals("Sesiones", browser.heading());
        assertTrue(browser.body().contains("Próximas sesiones"));
        browser.click("English");
        assertEquals("Meetings", browser.heading());
    }

    @Test
    void aResidentRegistersVerifiesByEmailAndLogsIn() throws Exception {
        String email = "rosa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        browser.open("register.xhtml");
        browser.assertAccessible("the registration page");
        browser.type("register:displayName", "Rosa Martínez")
                .type("register:email", email)
                .type("register:password", "password1234")
                .press("register:submit");
        assertTrue(browser.text("register:passwordMsg").contains("too common"), browser.text("register:passwordMsg"));
        assertEquals(email, browser.find("register:email").getAttribute("value"));
        assertEquals("", browser.find("register:password").getAttribute("value"), "a password is never sent back");
        browser.assertAccessible("the registration page with an error");

        browser.type("register:password", "levy hearing on tuesday").press("register:submit");
        assertEquals("Check your e-mail", browser.heading());
        browser.assertAccessible("the check-your-mail page");

        login(email, "levy hearing on tuesday");
        assertTrue(browser.body().contains("Confirm your e-mail address first"), browser.body());

        MimeMessage mail = Mailbox.await(email);
        assertEquals("Confirm your e-mail address for Podium", mail.getSubject());
        String text = (String) mail.getContent();
        Matcher link = Pattern.compile("(https?://\\S+/verify\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(text);
        assertTrue(link.find(), text);
        assertTrue(text.contains("Rosa Martínez"), text);

        browser.driver.get(link.group(1));
        assertEquals("Confirm your e-mail address", browser.heading());
        browser.assertAccessible("the verification page");
        browser.press("verify:confirm");
        assertTrue(browser.body().contains("your e-mail address is confirmed"), browser.url() + "\n" + browser.body());

        login(email, "levy hearing on tuesday");
        assertEquals("Rosa Martínez", browser.text("accountLink"));
        browser.open("account/index.xhtml");
        browser.assertAccessible("the account page");
        assertTrue(browser.present("logoutForm:logout"));
        assertFalse(browser.present("navClerk"), "a resident sees no clerk menu");
        browser.open("clerk/index.xhtml");
        assertEquals("Not allowed", browser.heading());
        browser.assertAccessible("the 403 page");

        // a forgotten password: a link by e-mail, a new password typed twice, and the login works with it
        browser.logout();
        browser.open("login.xhtml").click("Forgot your password?");
        browser.assertAccessible("the forgotten-password page");
        browser.type("forgot:email", email).press("forgot:send");
        assertTrue(browser.text("forgotSent").contains("If an account uses " + email), browser.text("forgotSent"));
        browser.assertAccessible("the forgotten-password page, sent");
        String resetText =
                (String) Mailbox.await(email, "Choose a new password").getContent();
        Matcher resetLink = Pattern.compile("(https?://\\S+/reset\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(resetText);
        assertTrue(resetLink.find(), resetText);
        browser.driver.get(resetLink.group(1));
        browser.assertAccessible("the new-password page");
        browser.type("reset:password", "a brand new passphrase")
                .type("reset:repeat", "a brand new passphrase")
                .press("reset:save");
        assertTrue(browser.body().contains("Your new password is saved"), browser.body());
        login(email, "a brand new passphrase");
        assertEquals("Rosa Martínez", browser.text("accountLink"));
    }

    @Test
    void aGuestFilesACommentGetsAReceiptConfirmsAndWithdraws() throws Exception {
        HomePage.open(browser).openMeeting("Regular Meeting of the City Council");
        browser.click("Ordinance: 2027 property tax levy increase of $60 million");
        ItemPage item = ItemPage.shown(browser);
        assertTrue(item.takesComment(), "the window is open: the form is there");
        browser.assertAccessible("the item page with the comment form");

        String email = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        item.write("Please exempt seniors on fixed incomes.", email, "Jorge Ramírez")
                .preview();
        assertTrue(
                item.problemWith("position").contains("Choose support, oppose or neutral"), "the position is required");
        assertEquals("Please exempt seniors on fixed incomes.", item.typedText(), "nothing typed is lost");
        assertTrue(browser.body().contains("39 of 5,000 characters"), "a live counter");
        item.choose("OPPOSE");

        // a file over 10 MB is taken off the field before anything is sent, and the reason is said
        Path big = Files.createTempFile("minutes", ".pdf");
        Files.write(big, new byte[11 * 1024 * 1024]);
        item.attach(big);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !browser.text("filesCheck").isBlank());
        assertTrue(
                browser.text("filesCheck").contains("larger than 10 MB: " + big.getFileName()),
                browser.text("filesCheck"));
        assertEquals("", browser.find("comment:files").getAttribute("value"), "the file is taken off");
        assertEquals("true", browser.find("comment:files").getAttribute("aria-invalid"));
        Files.delete(big);

        // an executable renamed .pdf is refused by its content, and the text stays
        Path spoofed = Files.createTempFile("invoice", ".pdf");
        Files.write(spoofed, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        item.attach(spoofed).preview();
        assertTrue(item.problemWith("files").contains("is not a PDF, PNG or JPEG"), item.problemWith("files"));
        assertEquals("Please exempt seniors on fixed incomes.", item.typedText());

        Path letter = Files.createTempFile("letter", ".pdf");
        Files.writeString(letter, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
        item.attach(letter).preview();
        assertEquals("Please exempt seniors on fixed incomes.", browser.text("previewText"));
        assertEquals(
                "previewLead",
                browser.driver.switchTo().activeElement().getAttribute("id"),
                "the preview takes the focus (it is far down the page the resident lands on)");
        assertTrue(
                browser.url().matches(".*/item\\.xhtml\\?id=\\d+$"),
                "a reload or a bookmark opens the item: " + browser.url());
        assertTrue(
                browser.text("previewFiles").contains(letter.getFileName().toString()), browser.text("previewFiles"));
        browser.assertAccessible("the comment preview");
        String tracking = item.send();
        assertTrue(tracking.matches("PDM-\\d{2}-\\d{6,}-[A-Z]"), tracking);
        assertTrue(browser.present("receiptLead"));
        assertEquals("Received", browser.text("commentStatus"));
        browser.assertAccessible("the receipt page");

        MimeMessage mail = Mailbox.await(email);
        assertTrue(mail.getSubject().contains(tracking), mail.getSubject());
        Matcher link = Pattern.compile("(https?://\\S+/comment\\.xhtml\\?t=" + tracking + "&k=[A-Za-z0-9_-]+)")
                .matcher((String) mail.getContent());
        assertTrue(link.find(), (String) mail.getContent());

        browser.forgetSession();
        browser.driver.get(link.group(1));
        assertEquals("Please exempt seniors on fixed incomes.", browser.text("commentText"));
        assertTrue(browser.text("commentFiles").contains("application/pdf"), browser.text("commentFiles"));
        browser.press("author:confirmEmail");
        assertTrue(browser.body().contains("Your e-mail address is confirmed."), browser.body());
        browser.driver.get(link.group(1) + "&disown=true");
        browser.press("author:disown");
        assertTrue(browser.body().contains("the clerk will review this comment"), browser.body());
        assertFalse(browser.present("author:disown"), "reported once");
        browser.press("author:edit");
        browser.type("edit:text", "Please exempt seniors and people with disabilities.")
                .press("edit:save");
        assertTrue(browser.body().contains("Your comment is changed."), browser.body());
        assertEquals("Please exempt seniors and people with disabilities.", browser.text("commentText"));
        browser.pressAndConfirm("author:withdraw");
        assertEquals("Withdrawn", browser.text("commentStatus"));
        assertTrue(browser.text("history").contains("Withdrawn"));
        browser.assertAccessible("the author's tracking page");

        browser.forgetSession();
        browser.open("comment.xhtml")
                .type("lookup:number", tracking.toLowerCase())
                .press("lookup:find");
        assertEquals("Withdrawn", browser.text("commentStatus"));
        assertFalse(browser.present("commentText"), "without the author's link, no text");
        browser.open("comment.xhtml?t=PDM-26-000001-A");
        assertTrue(
                browser.body().contains("This is not a tracking number")
                        || browser.body().contains("There is no comment"),
                browser.body());
    }

    @Test
    void aClerkEntersALetterWithItsScanAndImportsACsvFile() throws Exception {
        login(CLERK, DEMO_PASSWORD);
        // by its id, not by its place in the clerk's list, which other tests' meetings push down (issue 20)
        long finance = Http.array(as(CLERK).get("api/v1/clerk/meetings")).stream()
                .map(v -> v.asJsonObject())
                .filter(m -> m.getString("title").equals("Committee on Finance: 2027 budget hearings"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        browser.open("clerk/meeting.xhtml?id=" + finance);
        browser.click("Enter comments");
        String intakePage = browser.url();
        browser.assertAccessible("the intake page");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        new Select(browser.find("intake:channel")).selectByValue("LETTER");
        String present = browser.find("intake:receivedAt").getAttribute("value");
        assertTrue(
                present.startsWith(LocalDateTime.now(ZoneId.of("America/Chicago"))
                        .toLocalDate()
                        .toString()),
                "a letter opened now is the default: " + present);
        // a date Podium cannot read and an empty text: both told in one round
        browser.type("intake:receivedAt", "banana").press("intake:submit");
        assertTrue(
                browser.text("intake:receivedAtMsg").contains("could not read this as a date"),
                browser.text("intake:receivedAtMsg"));
        assertTrue(browser.text("intake:textMsg").contains("Type the text of the comment"), browser.body());
        assertEquals("true", browser.find("intake:text").getAttribute("aria-invalid"));
        browser.type("intake:receivedAt", "tomorrow")
                .type("intake:text", "Letter from Mrs. Okafor " + tag)
                .press("intake:submit");
        assertTrue(
                browser.text("intake:receivedAtMsg").contains("add the time of day"),
                browser.text("intake:receivedAtMsg"));
        Path scan = Files.createTempFile("scan", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
        // the clerk types the date as it is written on the letter
        browser.type("intake:receivedAt", "11/20/2026 9:15 am");
        browser.find("intake:files").sendKeys(scan.toString());
        browser.press("intake:submit");
        assertTrue(
                browser.body().matches("(?s).*Comment entered with tracking number PDM-\\d{2}-\\d{6,}-[A-Z]\\..*"),
                browser.body());
        assertEquals(
                "LETTER",
                new Select(browser.find("intake:channel"))
                        .getFirstSelectedOption()
                        .getAttribute("value"),
                "the next letter of the batch came the same way");
        Matcher entered = Pattern.compile("PDM-\\d{2}-\\d{6,}-[A-Z]").matcher(browser.body());
        assertTrue(entered.find());
        String letter = entered.group();
        browser.open("comment.xhtml?t=" + letter);
        assertTrue(browser.text("flags").contains("Letter"), browser.text("flags"));
        assertEquals("Fri 20 Nov 2026, 9:15 AM", browser.text("receivedAt"), "the date written on the letter");
        assertTrue(browser.text("clerkText").contains("Letter from Mrs. Okafor " + tag));
        browser.driver.findElements(By.cssSelector("input[name='decision:decision']")).stream()
                .filter(e -> "REJECTED".equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        browser.press("decision:decide");
        assertTrue(browser.text("decision:reasonMsg").contains("A rejection needs a reason"), browser.body());
        browser.assertAccessible("the clerk's decision form with an error");
        browser.driver.findElements(By.cssSelector("input[name='decision:decision']")).stream()
                .filter(e -> "PUBLISHED".equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        browser.press("decision:decide");
        assertEquals("Published", browser.text("commentStatus"), browser.body());
        assertTrue(browser.body().contains("Decision saved: Published."), browser.body());
        browser.click("Moderation queue");
        browser.assertAccessible("the moderation queue");
        new Select(browser.find("channel")).selectByValue("LETTER");
        new Select(browser.find("status")).selectByValue("PUBLISHED");
        new Select(browser.find("sort")).selectByValue("newest");
        browser.press("apply");
        assertTrue(
                browser.url().contains("channel=LETTER") && browser.url().contains("status=PUBLISHED"), browser.url());
        assertTrue(browser.text("queue").contains(letter), browser.text("queue"));
        assertEquals(
                "LETTER",
                new Select(browser.find("channel")).getFirstSelectedOption().getAttribute("value"),
                "the form keeps the filters");
        browser.click(letter);
        assertEquals("Published", browser.text("commentStatus"));

        browser.driver.get(intakePage);

        Path csv = Files.createTempFile("comments", ".csv");
        Files.writeString(
                csv,
                "channel,received_at,position,name,text\n"
                        + "EMAIL,2026-11-21 10:00,SUPPORT,Li Wei,\"Fund the shelters, please " + tag + "\"\n"
                        + "FAX,2026-11-21 10:00,SUPPORT,,Fax " + tag + "\n");
        browser.find("import:file").sendKeys(csv.toString());
        browser.press("import:submit");
        assertTrue(
                browser.body().contains("Imported one comment; none was already imported; one row refused."),
                browser.body());
        assertTrue(
                browser.text("importErrors").contains("3")
                        && browser.text("importErrors").contains("channel"),
                browser.text("importErrors"));
        browser.assertAccessible("the intake page with an import report");
        browser.find("import:file").sendKeys(csv.toString());
        browser.press("import:submit");
        assertTrue(
                browser.body().contains("Imported no comments; one was already imported; one row refused."),
                browser.body());

        // a large file goes in chunks, with a progress bar and a status line for screen readers
        StringBuilder big = new StringBuilder("channel,received_at,position,name,text\n");
        for (int i = 1; i <= 600; i++) {
            big.append("EMAIL,2026-11-22 08:00,OPPOSE,Resident ")
                    .append(i)
                    .append(",\"Campaign letter ")
                    .append(i)
                    .append(' ')
                    .append(tag)
                    .append("\"\n");
        }
        big.append("EMAIL,not a date,OPPOSE,,Broken row\n");
        Path bigCsv = Files.createTempFile("campaign", ".csv");
        Files.writeString(bigCsv, big);
        browser.find("import:file").sendKeys(bigCsv.toString());
        browser.press("import:submit");
        WebElement bar = browser.find("importBar");
        assertEquals("progressbar", bar.getAttribute("role"));
        assertTrue(Integer.parseInt(bar.getAttribute("aria-valuenow")) < 100, bar.getAttribute("aria-valuenow"));
        assertTrue(
                browser.text("importStatus").matches("Imported \\d+ of 601 rows so far…"),
                browser.text("importStatus"));
        browser.assertAccessible("the intake page during an import");
        assertEquals(
                "Imported 600 comments; none was already imported; one row refused.",
                browser.await("importSummary", 120).getText());
        assertTrue(browser.text("importErrors").contains("602"), browser.text("importErrors"));
        assertFalse(browser.present("importBar"), "the bar is gone once the import is done");
        Files.deleteIfExists(bigCsv);

        // deciding from the queue: the button names its comment for screen readers, and the row leaves the queue
        browser.open("clerk/queue.xhtml?channel=EMAIL&sort=newest");
        WebElement keep = browser.driver.findElement(By.cssSelector("input[aria-label^='Keep for the record only: ']"));
        String kept = keep.getAttribute("aria-label").substring("Keep for the record only: ".length());
        browser.markPage();
        keep.click();
        browser.awaitNewPage();
        assertTrue(
                browser.body().contains("Comment " + kept + ": In the record only (not published)."), browser.body());
        assertFalse(browser.text("queue").contains(kept), "a decided comment leaves the queue of received ones");
        assertTrue(browser.url().contains("queue.xhtml"), browser.url());
        browser.assertAccessible("the moderation queue after a decision");
    }

    @Test
    void anAdministratorCreatesAStaffAccount() {
        login(ADMIN, DEMO_PASSWORD);
        browser.open("admin/users.xhtml");
        browser.assertAccessible("the accounts page");
        browser.open("admin/users.xhtml?lang=es");
        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) browser.driver)
                        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"),
                "the accounts, with Spanish's longer words, fit the window (they scrolled sideways at 1366 px)");
        browser.open("admin/users.xhtml?lang=en");
        String email = "council-" + UUID.randomUUID().toString().substring(0, 8) + "@city.example";
        browser.type("staff:displayName", "Alderperson Díaz")
                .type("staff:email", email)
                .type("staff:password", "council chamber key 2027")
                .press("staff:submit");
        assertTrue(browser.text("staff:rolesMsg").contains("Choose at least one role"), browser.text("staff:rolesMsg"));
        browser.type("staff:password", "council chamber key 2027");
        browser.driver.findElements(By.cssSelector("input[name='staff:roles']")).stream()
                .filter(e -> "COUNCIL".equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        browser.press("staff:submit");
        assertTrue(browser.body().contains("Account " + email + " created."), browser.url() + "\n" + browser.body());
        assertTrue(browser.text("accounts").contains("Alderperson Díaz"), browser.text("accounts"));
        assertEquals("Accounts 1 to 1 of 1", browser.text("accountsCount"), "the new account, found by its address");
        browser.assertAccessible("the accounts page, searched");
        answer(By.cssSelector("input[id$=':0:disable']"), "Disable this account?", true);
        assertTrue(browser.body().contains("Alderperson Díaz (" + email + ") is disabled"), browser.body());
        assertTrue(browser.text("accounts").contains("Disabled"), browser.text("accounts"));
        browser.press(By.cssSelector("input[id$=':0:enable']"));
        assertTrue(browser.body().contains("can log in again"), browser.body());
        browser.press(By.cssSelector("input[id$=':0:reset']"));
        assertTrue(
                browser.body().contains("A link to choose a new password was mailed to Alderperson Díaz"),
                browser.body());
        browser.open("admin/users.xhtml?q=no-such-account-" + UUID.randomUUID());
        assertEquals("No account matches this search.", browser.text("accountsCount"));
        browser.click("Written comments");
        browser.assertAccessible("the council settings page");
        browser.type("settings:commentMaxLength", "50").press("settings:save");
        assertTrue(
                browser.text("settings:commentMaxLengthMsg").contains("from 100 to 20,000"),
                browser.text("settings:commentMaxLengthMsg"));
        browser.type("settings:commentMaxLength", "6000").press("settings:save");
        assertTrue(browser.body().contains("Settings saved."), browser.body());
        assertEquals("6000", browser.find("settings:commentMaxLength").getAttribute("value"));
        browser.type("settings:commentMaxLength", "5000").press("settings:save");
        assertTrue(browser.body().contains("Settings saved."), browser.body());

        browser.open("admin/policy.xhtml");
        browser.assertAccessible("the posting policy page of the administrators");
        browser.type("reason:code", "Not A Code")
                .type("reason:publicTextEn", "Spam.")
                .press("reason:save");
        assertTrue(browser.text("reason:codeMsg").contains("lower-case letters"), browser.text("reason:codeMsg"));
        browser.assertAccessible("the posting policy form with an error");
        String code =
                "flood-" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 4);
        browser.type("reason:code", code).press("reason:save");
        assertTrue(
                browser.text("reason:publicTextEsMsg").contains("Write this text"),
                browser.text("reason:publicTextEsMsg"));
        browser.type("reason:publicTextEn", "The same message sent many times.")
                .type("reason:publicTextEs", "El mismo mensaje enviado muchas veces.")
                .type("reason:authorTextEn", "You sent this message many times.")
                .type("reason:authorTextEs", "Usted envió este mensaje muchas veces.")
                .press("reason:save");
        assertTrue(browser.body().contains("Reason " + code + " saved."), browser.body());
        assertTrue(browser.text("reasonTable").contains(code));
        browser.open("policy.xhtml");
        assertTrue(browser.text("policyReasons").contains("The same message sent many times."));
        browser.assertAccessible("the public posting policy");
        browser.open("policy.xhtml?lang=es");
        assertTrue(browser.text("policyReasons").contains("El mismo mensaje enviado muchas veces."));
        browser.open("policy.xhtml?lang=en");
        browser.logout();

        login(email, "council chamber key 2027");
        CouncilMeetingsPage meetings = CouncilMeetingsPage.open(browser);
        browser.assertAccessible("the council's meeting list");
        assertTrue(meetings.lists("Regular Meeting of the City Council"));
        browser.open("setup.xhtml");
        assertTrue(browser.present("setupClosed"), "no setup once an administrator exists");
        browser.assertAccessible("the setup page");
        browser.open("no-such-page.xhtml");
        assertEquals("Page not found", browser.heading());
        browser.assertAccessible("the 404 page");
    }

    // ---- moderation ----

    @Test
    void aClerkFinalizesTheRecordAfterAdjournment_AndResidentsFindItsFilesAndFinalHash() throws Exception {
        long item = moderatedItem();
        long meeting = Http.object(as(CLERK).get("api/v1/items/" + item))
                .getJsonNumber("meetingId")
                .longValue();
        String t = letter(item, "The levy is too much for seniors on fixed incomes.", 5);
        assertEquals(
                200,
                as(CLERK)
                        .post("api/v1/clerk/comments/" + t + "/decision", json("decision", "PUBLISH"))
                        .statusCode());
        login(CLERK, DEMO_PASSWORD);
        browser.open("clerk/meeting.xhtml?id=" + meeting);
        assertTrue(browser.text("recordLater").contains("after the meeting is adjourned"), browser.text("recordLater"));
        // issue 19, bug 5: the irreversible steps ask first (a native dialog: keyboard and screen readers answer it)
        String cancel = browser.driver
                .findElement(By.cssSelector("#state input[value='Cancel the meeting']"))
                .getAttribute("class");
        assertTrue(cancel.contains("danger"), "Cancel looks like what it is, apart from Start: " + cancel);
        answer(By.cssSelector("#state input[value='Start the meeting']"), "Start the meeting now?", false);
        assertEquals("SCHEDULED", meetingStatus(meeting), "dismissed: nothing changed");
        answer(By.cssSelector("#state input[value='Start the meeting']"), "Start the meeting now?", true);
        assertEquals("IN_PROGRESS", meetingStatus(meeting));
        answer(By.cssSelector("#state input[value='Adjourn']"), "Adjourn the meeting?", true);
        assertEquals("ADJOURNED", meetingStatus(meeting));
        browser.assertAccessible("an adjourned meeting, its record not finalized yet");
        answer(By.id("record:finalize"), "Finalize the official record", false);
        assertEquals(
                404,
                as(CLERK).get("api/v1/clerk/meetings/" + meeting + "/record").statusCode(),
                "not finalized");
        browser.pressAndConfirm("record:finalize");
        assertTrue(browser.body().contains("The record is finalized."), browser.body());
        String hash = Http.object(as(CLERK).get("api/v1/clerk/meetings/" + meeting + "/record"))
                .getString("finalHash");
        assertEquals(hash, browser.text("finalHash"));
        browser.assertAccessible("the clerk's meeting page with the finalized record");

        browser.open("meeting.xhtml?id=" + meeting);
        assertEquals(hash, browser.text("finalHash"));
        assertTrue(browser.text("recordFiles").contains("Minutes appendix (PDF)"), browser.text("recordFiles"));
        browser.assertAccessible("the public meeting page with its record");
        browser.open("comment.xhtml?t=" + t);
        assertTrue(browser.text("commentStatus").contains("In the official record"), browser.text("commentStatus"));
        browser.open("meeting.xhtml?id=" + meeting + "&lang=es");
        assertTrue(browser.body().contains("Acta oficial"), "in Spanish too");
    }

    @Test
    void aCouncilMemberReadsAnItemsSummaryDuringTheMeeting_AndANewCommentIsCountedWithoutAReload() throws Exception {
        long item = moderatedItem();
        long meeting = Http.object(as(CLERK).get("api/v1/items/" + item))
                .getJsonNumber("meetingId")
                .longValue();
        for (int i = 0; i < 3; i++) {
            String t = letter(
                    item, "I oppose the levy. Seniors on fixed incomes cannot absorb it, letter " + i + ".", 9 - i);
            assertEquals(
                    200,
                    as(CLERK)
                            .post("api/v1/clerk/comments/" + t + "/decision", json("decision", "PUBLISH"))
                            .statusCode());
        }
        String summarySpeaker = Fixtures.uniqueEmail("summary");
        SignUps.confirmed(new Http(base.toString()), item, SignUps.body(summarySpeaker, "IN_PERSON"), summarySpeaker);
        assertEquals(
                200,
                as(CLERK)
                        .post("api/v1/clerk/meetings/" + meeting + "/status", json("status", "IN_PROGRESS"))
                        .statusCode());
        login(Deployments.COUNCIL, DEMO_PASSWORD);
        browser.open("council/index.xhtml");
        browser.open("council/summary.xhtml?item=" + item);
        // the panel may be rendered again by a push at any moment: read it until it says what is expected
        awaitText(By.id("summaryTotals"), t -> t.startsWith("3 comments"));
        awaitText(By.cssSelector("td[data-position='OPPOSE'][data-kind='declared']"), "3"::equals);
        awaitText(By.id("speakerList"), t -> t.contains("Rosa Martínez"));
        browser.assertAccessible("a council member's summary of an item");
        ((JavascriptExecutor) browser.driver).executeScript("window.notReloaded = true;");

        String more = letter(item, "I oppose it too: the levy is more than my family can pay this year.", 1);
        assertEquals(
                200,
                as(CLERK)
                        .post("api/v1/clerk/comments/" + more + "/decision", json("decision", "PUBLISH"))
                        .statusCode());
        awaitText(By.id("summaryTotals"), t -> t.startsWith("4 comments"));
        awaitText(By.cssSelector("td[data-position='OPPOSE'][data-kind='declared']"), "4"::equals);
        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) browser.driver).executeScript("return window.notReloaded === true;"),
                "pushed, not reloaded");
        browser.assertAccessible("the summary after the push");
        browser.open("council/summary.xhtml?item=" + item + "&lang=es");
        awaitText(By.id("summaryTotals"), t -> t.startsWith("4 comentarios"));
        browser.open("council/meeting.xhtml?meeting=" + meeting + "&lang=en");
        awaitText(By.id("meetingTotal"), "4"::equals);
        browser.assertAccessible("the meeting at a glance");
    }

    /** Waits (20 s at most) until the element's text passes the check, reading it afresh each time. */
    void awaitText(By by, Predicate<String> check) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> check.test(d.findElement(by).getText()));
    }

    long moderatedItem() {
        Http clerk = as(CLERK);
        long meeting = Fixtures.createMeeting(
                clerk, "Moderation " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
        long item = Fixtures.addItem(clerk, meeting, "1", "Ordinance: property tax levy");
        Fixtures.publish(clerk, meeting);
        return item;
    }

    String letter(long item, String text, int minutesAgo) {
        HttpResponse<String> r = as(CLERK)
                .post(
                        "api/v1/clerk/items/" + item + "/comments",
                        json(
                                "channel",
                                "LETTER",
                                "receivedAt",
                                Instant.now().minusSeconds(60L * minutesAgo),
                                "position",
                                "OPPOSE",
                                "text",
                                text));
        assertEquals(201, r.statusCode(), r.body());
        return Http.object(r).getString("trackingNumber");
    }

    /** Clicks a button that asks first, checks the question, and answers it (accepting reloads the page). */
    void answer(By button, String question, boolean accept) {
        WebElement b = browser.driver.findElement(button);
        browser.markPage();
        b.click();
        Alert alert =
                new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        assertTrue(alert.getText().contains(question), alert.getText());
        if (accept) {
            alert.accept();
            browser.awaitNewPage();
        } else {
            alert.dismiss();
        }
    }

    String meetingStatus(long meeting) {
        return Http.object(as(CLERK).get("api/v1/meetings/" + meeting)).getString("status");
    }

    String status(String t) {
        return Http.object(as(CLERK).get("api/v1/comments/" + t)).getString("status");
    }

    /** The tracking number of the queue row in focus. */
    String focused() {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("var r = document.activeElement && document.activeElement.closest('tr[data-t]');"
                        + " return r ? r.getAttribute('data-t') : null;");
    }

    /** An attribute (or the tag name) of the element holding the focus. */
    private String focused(String attribute) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "var e = document.activeElement; return arguments[0] === 'tagName' ? e.tagName : e.getAttribute(arguments[0]);",
                        attribute);
    }

    void keys(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    /** Keys that post the page: waits for the next one. */
    void keysAndWait(CharSequence... keys) {
        browser.markPage();
        keys(keys);
        browser.awaitNewPage();
    }

    /** Shift and a digit key (Shift+1 …), which posts the page: waits for the next one. */
    void shiftAndWait(String digit) {
        browser.markPage();
        new Actions(browser.driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(digit)
                .keyUp(Keys.SHIFT)
                .perform();
        browser.awaitNewPage();
    }

    List<String> topicsOf(String tracking) {
        return Http.object(as(CLERK).get("api/v1/comments/" + tracking))
                .getJsonObject("analysis")
                .getJsonArray("topics")
                .stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
    }

    @Test
    void aClerkReadsWhatTheMachineReadCorrectsAStanceAndATopicWithOneKeyAndOpensAFormLetterCampaign() throws Exception {
        long item = moderatedItem();
        long meeting = Http.object(as(CLERK).get("api/v1/items/" + item))
                .getJsonNumber("meetingId")
                .longValue();
        String letterText =
                "I oppose the levy increase. Seniors on fixed incomes cannot absorb another increase without "
                        + "losing their homes. The city should find savings in its own budget before asking residents to pay "
                        + "more. Families in our neighbourhood already struggle with rents and grocery bills. Please vote no.";
        String first = letter(item, letterText, 30);
        String second = letter(item, letterText + " Signed, a neighbour.", 20);
        String odd = letter(item, "The budget has many parts and I have read them all.", 10);
        for (String t : List.of(first, second, odd)) {
            Fixtures.grouped(as(CLERK), t);
        }
        // a comment on another item of the meeting, which the item's queue leaves out
        long otherItem = Fixtures.addItem(as(CLERK), meeting, "2", "Resolution: library hours");
        String elsewhere = letter(otherItem, "Keep the library open on Sundays.", 5);

        login(CLERK, DEMO_PASSWORD);
        // from the item on the meeting's page to its comments in the queue
        browser.open("clerk/meeting.xhtml?id=" + meeting);
        browser.markPage();
        browser.driver
                .findElement(By.cssSelector("a[id$=':queue'][href*='item=" + item + "']"))
                .click();
        browser.awaitNewPage();
        assertEquals(
                String.valueOf(item),
                new Select(browser.find("item")).getFirstSelectedOption().getAttribute("value"),
                "the queue filtered to the item");
        assertEquals(
                Set.of(first, second, odd),
                browser.driver.findElements(By.cssSelector("tr[data-t]")).stream()
                        .map(e -> e.getAttribute("data-t"))
                        .collect(Collectors.toSet()),
                "not " + elsewhere);
        String row = browser.driver
                .findElement(By.cssSelector("tr[data-t='" + first + "'] td.reading"))
                .getText();
        assertTrue(
                row.contains("Reads as opposition")
                        && row.contains("Seniors and fixed incomes")
                        && row.contains("One of 2 copies of a form letter"),
                row);
        browser.assertAccessible("the moderation queue with what the machine read");
        // j to the odd one, 1 labels it support
        for (int step = 0; step < 5 && !odd.equals(focused()); step++) {
            keys("j");
        }
        assertEquals(odd, focused());
        ((JavascriptExecutor) browser.driver).executeScript("window.podiumSamePage = true;");
        keysAndWait("1");
        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) browser.driver).executeScript("return window.podiumSamePage === true;"),
                "decided in place, without loading the page");
        assertTrue(browser.body().contains("Comment " + odd + " labelled: Support."), browser.body());
        assertEquals(
                "CLERK",
                Http.object(as(CLERK).get("api/v1/comments/" + odd))
                        .getJsonObject("analysis")
                        .getString("stanceSource"));
        String labelled = browser.driver
                .findElement(By.cssSelector("tr[data-t='" + odd + "'] td.reading"))
                .getText();
        assertTrue(labelled.contains("Reads as support (labelled by a clerk)"), labelled);

        // Shift and a topic's number, on the row in focus: the topic the machine read in "budget" taken off, then put
        // back (its button says whether it is on, to a screen reader too)
        String spending = "Government spending";
        List<WebElement> buttons =
                browser.driver.findElements(By.cssSelector("tr[data-t='" + odd + "'] fieldset.topics [data-topic]"));
        WebElement button = buttons.stream()
                .filter(b -> b.getAttribute("aria-label").startsWith("Topic " + spending + ":"))
                .findFirst()
                .orElseThrow();
        String number = button.getAttribute("data-topic");
        assertTrue(Integer.parseInt(number) <= 9, number);
        assertEquals("Shift+" + number, button.getAttribute("aria-keyshortcuts"));
        assertEquals("true", button.getAttribute("aria-pressed"));
        shiftAndWait(number);
        assertTrue(browser.body().contains("Comment " + odd + ": topic " + spending + " taken off."), browser.body());
        assertEquals(odd, focused(), "the row keeps the focus");
        assertEquals(
                "false",
                browser.driver
                        .findElement(By.cssSelector(
                                "tr[data-t='" + odd + "'] fieldset.topics" + " [data-topic='" + number + "']"))
                        .getAttribute("aria-pressed"));
        assertFalse(topicsOf(odd).contains(spending), topicsOf(odd).toString());
        shiftAndWait(number);
        assertTrue(browser.body().contains("Comment " + odd + ": topic " + spending + " added."), browser.body());
        assertTrue(topicsOf(odd).contains(spending), topicsOf(odd).toString());
        browser.assertAccessible("the moderation queue with a row's topics");

        // the comment's own page: what it reads as; the clerk corrects its topics
        browser.open("comment.xhtml?t=" + first);
        assertTrue(browser.text("reading").contains("Reads as opposition"), browser.text("reading"));
        browser.assertAccessible("a comment with what the machine read");
        browser.driver.findElements(By.cssSelector("input[name='readingTopics:topics']")).stream()
                .filter(e -> "Schools".equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        browser.driver.findElements(By.cssSelector("input[name='readingTopics:topics']")).stream()
                .filter(e -> "Government spending".equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        browser.press("readingTopics:save");
        assertTrue(browser.body().contains("Topics saved."), browser.body());
        List<String> topics = Http.object(as(CLERK).get("api/v1/comments/" + first))
                .getJsonObject("analysis")
                .getJsonArray("topics")
                .stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
        assertTrue(topics.contains("Schools") && !topics.contains("Government spending"), topics.toString());
        browser.open("clerk/queue.xhtml?meeting=" + meeting);

        // the campaign, from the row's link: the letter, its signers, its comments in the queue
        browser.markPage();
        browser.driver
                .findElement(By.cssSelector("tr[data-t='" + first + "'] a.campaign"))
                .click();
        browser.awaitNewPage();
        assertEquals(
                List.of(first, second),
                browser.driver.findElements(By.cssSelector("tr[data-t]")).stream()
                        .map(e -> e.getAttribute("data-t"))
                        .toList(),
                "the queue filtered to the campaign");
        browser.open("clerk/meeting.xhtml?id=" + meeting);
        assertTrue(browser.body().contains("The machine agreed with the clerks on"), browser.body());
        browser.click("Form-letter campaigns");
        assertTrue(browser.body().contains("2 comments") && browser.body().contains(letterText), browser.body());
        browser.assertAccessible("an item's form-letter campaigns");
        browser.press(browser.driver
                .findElement(By.cssSelector("form[id$='label'] input[value='Oppose']"))
                .getAttribute("id"));
        assertTrue(browser.body().contains("2 comments labelled: Oppose."), browser.body());
        assertTrue(
                browser.url().contains("item=" + item), "a reload shows the same item's campaigns: " + browser.url());
        assertEquals(
                "CLERK",
                Http.object(as(CLERK).get("api/v1/comments/" + second))
                        .getJsonObject("analysis")
                        .getString("stanceSource"));
        assertTrue(browser.text("groupsHeading").contains("Groups of similar comments"));

        // the topics, as lines of text: a bad line is named, a good one saved
        browser.open("clerk/topics.xhtml");
        browser.assertAccessible("the topics");
        String original = browser.find("topics:text").getAttribute("value");
        assertTrue(
                original.contains("Seniors and fixed incomes | Personas mayores e ingresos fijos: senior, elderly"),
                original);
        browser.type("topics:text", original + "Dogs without keywords\n").press("topics:save");
        assertTrue(browser.text("topics:textMsg").startsWith("Line 9: "), browser.body());
        assertTrue(
                browser.find("topics:text").getAttribute("value").contains("Seniors and fixed incomes")
                        && browser.find("topics:text").getAttribute("value").contains("Dogs without keywords"),
                "a refused list comes back as it was typed, to be corrected: "
                        + browser.find("topics:text").getAttribute("value"));
        browser.type("topics:text", original + "Dogs | Perros | Canes: dog park\n")
                .press("topics:save");
        assertTrue(
                browser.text("topics:textMsg").startsWith("Topic Dogs: its Spanish name"),
                browser.text("topics:textMsg"));
        browser.type("topics:text", original + "Dogs | Perros: dog park, leash\n")
                .press("topics:save");
        assertTrue(browser.body().contains("Topics saved: 9."), browser.body());
        assertTrue(
                browser.find("topics:text").getAttribute("value").contains("\nDogs | Perros: dog park, leash"),
                browser.find("topics:text").getAttribute("value"));
        assertEquals(
                "Perros",
                Http.object(as(CLERK).get("api/v1/clerk/topics"))
                        .getJsonArray("topics")
                        .getJsonObject(8)
                        .getString("nameEs"));
        browser.type("topics:text", original).press("topics:save");
        assertTrue(browser.body().contains("Topics saved: 8."), browser.body());
    }

    /**
     * The outside look at the queue: a bulk rejection refused for want of a reason came back unticked and set to
     * Publish, and the clerk who ticked again and picked a reason published both. Now nothing is preselected, a
     * refusal keeps the ticks and the choices, and a reason with Publish publishes nothing.
     */
    @Test
    void aBulkRejectionRefusedForWantOfAReasonKeepsTheClerksChoices_AndAReasonNeverGoesWithPublish() {
        long item = moderatedItem();
        long meeting = Http.object(as(CLERK).get("api/v1/items/" + item))
                .getJsonNumber("meetingId")
                .longValue();
        String first = letter(item, "Spam spam spam, buy cheap watches.", 3);
        String second = letter(item, "More spam: cheap watches here.", 2);
        login(CLERK, DEMO_PASSWORD);
        browser.open("clerk/queue.xhtml?meeting=" + meeting);
        Select decision = new Select(browser.find("bulkDecision"));
        assertEquals("", decision.getFirstSelectedOption().getAttribute("value"), "no decision is preselected");
        for (String t : List.of(first, second)) {
            browser.driver
                    .findElement(By.cssSelector("tr[data-t='" + t + "'] input.select"))
                    .click();
        }
        browser.press("bulk:apply");
        assertTrue(browser.body().contains("Choose what to do with the selected comments"), browser.body());

        new Select(browser.find("bulkDecision")).selectByValue("REJECT");
        browser.press("bulk:apply");
        assertTrue(browser.body().contains("A rejection needs a reason"), browser.body());
        assertEquals(
                "REJECT",
                new Select(browser.find("bulkDecision"))
                        .getFirstSelectedOption()
                        .getAttribute("value"),
                "the decision the clerk chose stays chosen");
        for (String t : List.of(first, second)) {
            assertTrue(
                    browser.driver
                            .findElement(By.cssSelector("tr[data-t='" + t + "'] input.select"))
                            .isSelected(),
                    t + " stays ticked");
        }

        new Select(browser.find("bulkDecision")).selectByValue("PUBLISH");
        new Select(browser.find("bulkReason")).selectByIndex(1);
        browser.press("bulk:apply");
        assertTrue(browser.body().contains("A reason goes with a rejection only"), browser.body());
        assertEquals("RECEIVED", status(first), "a reason with Publish publishes nothing");
        assertEquals("RECEIVED", status(second));

        new Select(browser.find("bulkDecision")).selectByValue("REJECT");
        browser.press("bulk:apply");
        assertTrue(browser.body().contains("2 comments: Rejected."), browser.body());
        assertEquals("REJECTED", status(first));
        assertEquals("REJECTED", status(second));
    }

    @Test
    void aClerkModeratesAMixedQueueFromTheKeyboard_RejectsWithAMailRedactsTheSuggestedSpansAndUndoes()
            throws Exception {
        long item = moderatedItem();
        long meeting = Http.object(as(CLERK).get("api/v1/items/" + item))
                .getJsonNumber("meetingId")
                .longValue();
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clean.add(letter(item, "The levy is too high for seniors, letter " + i, 50 - i));
        }
        String guestEmail = "angry-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> angry = new Http(base.toString())
                .post(
                        "api/v1/items/" + item + "/comments",
                        json("position", "OPPOSE", "text", "This levy is bullshit.", "email", guestEmail));
        String obscene = Http.object(angry).getString("trackingNumber");
        String phone = letter(item, "My neighbour at 312-555-0142 agrees: too high.", 10);
        // issue 19, bug 3: Shift+A, Shift+P published a comment flagged for personal data, unredacted
        String unredacted = letter(item, "Call me at 773-555-0199 about the levy.", 1);
        // and one flagged obscene, never published by a bulk click either (the walkthrough saw it go out)
        String rude = letter(item, "This levy is bullshit, vote no.", 1);

        login(CLERK, DEMO_PASSWORD);
        browser.open("clerk/queue.xhtml?meeting=" + meeting);
        assertTrue(browser.text("shortcuts").contains("Keyboard shortcuts"));
        browser.assertAccessible("the moderation queue with its shortcuts and bulk actions");
        int actions = 0;
        // j through the queue: select the clean letters, reject the obscene one with a reason, redact the phone one
        boolean redactedOne = false;
        for (int step = 0; step < 12 && !(redactedOne && status(obscene).equals("REJECTED")); step++) {
            keys("j");
            actions++;
            String t = focused();
            if (t == null) {
                break;
            }
            if (t.equals(obscene) && status(obscene).equals("RECEIVED")) {
                // one key (p) does not publish what was flagged obscene unasked: it asks, and "no" leaves it waiting
                keys("p");
                Alert ask = new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                        .until(ExpectedConditions.alertIsPresent());
                assertTrue(ask.getText().contains("flagged as obscene or threatening"), ask.getText());
                ask.dismiss();
                assertEquals("RECEIVED", status(obscene));
                keys("e");
                WebElement reason = browser.driver.switchTo().activeElement();
                assertEquals("reason", reason.getAttribute("name"), "e puts the focus on the row's reason");
                reason.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
                assertEquals("obscenity", reason.getAttribute("value"));
                browser.markPage();
                reason.sendKeys(Keys.ENTER);
                browser.awaitNewPage();
                actions += 4;
                assertTrue(browser.body().contains("Comment " + obscene + ": Rejected."), browser.body());
                assertEquals(
                        obscene,
                        String.join(
                                ",",
                                ((List<?>)
                                                ((JavascriptExecutor) browser.driver)
                                                        .executeScript(
                                                                "return Array.from(document.querySelectorAll('#undoLast input"
                                                                        + "[name=undo]')).map(function (i) { return i.value; });"))
                                        .stream().map(String::valueOf).toList()));
                assertTrue(focused() != null, "the focus comes back to the queue after the reload");
            } else if (t.equals(phone) && !redactedOne) {
                browser.markPage();
                keys("h");
                browser.awaitNewPage();
                actions++;
                assertTrue(browser.url().contains("comment.xhtml?t=" + phone), browser.url());
                assertEquals("A comment to decide on", browser.text("pageHeading"), "the clerk's page, not a receipt");
                assertTrue(browser.find("backToQueue").getAttribute("href").contains("clerk/queue.xhtml?meeting="));
                assertTrue(browser.find("clerkText")
                        .findElement(By.cssSelector("mark.suggested"))
                        .getText()
                        .contains("312-555-0142"));
                browser.assertAccessible("the comment with a suggested redaction");
                browser.press("redact:apply");
                actions++;
                assertTrue(browser.body().contains("One passage redacted."), browser.body());
                assertEquals(
                        "My neighbour at [redacted: personal information] agrees: too high.",
                        browser.text("clerkPublicText"));
                browser.driver.findElements(By.cssSelector("input[name='decision:decision']")).stream()
                        .filter(e -> "PUBLISHED".equals(e.getAttribute("value")))
                        .findFirst()
                        .orElseThrow()
                        .click();
                browser.press("decision:decide");
                actions += 2;
                assertEquals(
                        3,
                        browser.find("trail")
                                        .findElements(By.cssSelector("tbody tr"))
                                        .size()
                                + 1,
                        "the trail: redacted, published");
                browser.assertAccessible("the comment with its audit trail");
                browser.open("clerk/queue.xhtml?meeting=" + meeting);
                redactedOne = true;
            } else if (clean.contains(t)) {
                keys("x");
                actions++;
            }
        }
        assertEquals("REJECTED", status(obscene));
        assertEquals("PUBLISHED", status(phone));
        MimeMessage told = Mailbox.await(guestEmail);
        assertTrue(
                told.getSubject().contains(obscene) && told.getSubject().contains("not published"), told.getSubject());
        assertTrue(((String) told.getContent()).contains("obscene or profane language"), (String) told.getContent());

        // the clean letters: Shift+A selects every row left, Shift+P publishes them; z undoes, and again
        keys("A");
        keysAndWait("P");
        actions += 2;
        assertTrue(browser.body().contains("3 comments: Published."), browser.body());
        assertTrue(
                browser.body()
                        .contains("Comment " + unredacted + " was not published: it was flagged (Personal" + " data)"),
                "the bulk action names the comment it left: " + browser.body());
        assertEquals("TR", focused("tagName"), "the focus stays in the queue, on the next comment, not at the top");
        assertEquals("RECEIVED", status(unredacted), "a bulk click never publishes personal data");
        assertTrue(
                browser.body().contains("Comment " + rude + " was not published: it was flagged (Obscenity)"),
                browser.body());
        assertEquals("RECEIVED", status(rude), "nor what was flagged obscene");
        for (String t : clean) {
            assertEquals("PUBLISHED", status(t), t);
        }
        keysAndWait("z");
        assertTrue(browser.body().contains("3 decisions undone."), browser.body());
        assertEquals("RECEIVED", status(clean.get(0)));
        assertTrue(
                clean.contains(focused("data-t")),
                "the focus goes to a comment the undo brought back: " + focused("data-t"));
        browser.assertAccessible("the queue after an undo");
        keys("A");
        keysAndWait("P");
        actions += 4;
        for (String t : clean) {
            assertEquals("PUBLISHED", status(t), t);
        }
        assertEquals("RECEIVED", status(unredacted));
        assertEquals(
                Set.of(unredacted, rude),
                browser.driver.findElements(By.cssSelector("input[name=sel]")).stream()
                        .map(e -> e.getAttribute("value").split(":")[0])
                        .collect(Collectors.toSet()),
                "only the two flagged ones still wait, for a decision each");
        String list = new Http(base.toString())
                .get("api/v1/items/" + item + "/comments")
                .body();
        assertTrue(
                list.contains("[redacted: personal information]")
                        && !list.contains("0142")
                        && !list.contains("bullshit")
                        && !list.contains("0199"),
                list);
        assertTrue(actions < 40, "a handful of keys per comment: " + actions);

        // the highlighted row is the one a key acts on from the start: p, without a j first, publishes it
        long another = moderatedItem();
        String first = letter(another, "An early letter about the levy, read first", 120);
        String second = letter(another, "A later letter about the levy", 60);
        browser.open("clerk/queue.xhtml?item=" + another);
        assertEquals(
                first, browser.driver.findElement(By.cssSelector("tr.current")).getAttribute("data-t"));
        keysAndWait("p");
        assertEquals("PUBLISHED", status(first), "p on a queue just opened");
        assertEquals(second, focused("data-t"), "the next comment takes the focus");
    }

    @Test
    void aResidentReportsAPublishedCommentThatIsHiddenAtTheThird_AndAnAuthorAppealsARejection() throws Exception {
        long item = moderatedItem();
        String reported = letter(item, "A letter some residents object to", 5);
        assertEquals(
                200,
                as(CLERK)
                        .post("api/v1/clerk/comments/" + reported + "/decision", json("decision", "PUBLISH"))
                        .statusCode());
        byte[] offTopic = json("reason", "off-topic").getBytes(StandardCharsets.UTF_8);
        int n = 0;
        for (String who : List.of(Deployments.RESIDENT, Deployments.COUNCIL)) {
            assertEquals(
                    201,
                    as(who).postBytes(
                                    "api/v1/comments/" + reported + "/reports",
                                    offTopic,
                                    "X-Forwarded-For",
                                    "198.51.100." + (20 + n++))
                            .statusCode());
        }
        browser.open("comment.xhtml?t=" + reported);
        assertEquals("A letter some residents object to", browser.text("publicText"));
        browser.assertAccessible("a published comment with the report form");
        browser.press("reportForm:send");
        assertTrue(
                browser.text("reportForm:reasonMsg").contains("not a reason of the posting policy")
                        || browser.body().contains("reason"),
                browser.body());
        new Select(browser.find("reportForm:reason")).selectByValue("off-topic");
        browser.press("reportForm:send");
        assertTrue(browser.body().contains("Thank you: your report was recorded"), browser.body());
        assertEquals(
                1,
                Http.object(new Http(base.toString()).get("api/v1/items/" + item + "/comments"))
                        .getInt("total"),
                "an anonymous report reaches the clerks but hides nothing");
        assertEquals(
                201,
                as(Deployments.ADMIN)
                        .postBytes(
                                "api/v1/comments/" + reported + "/reports",
                                offTopic,
                                "X-Forwarded-For",
                                "198.51.100.30")
                        .statusCode());
        assertEquals(
                0,
                Http.object(new Http(base.toString()).get("api/v1/items/" + item + "/comments"))
                        .getInt("total"),
                "hidden after the third report of a confirmed person");
        // a reader's copy of the page may be up to a second old (the micro-cache): read it again until it says so
        long until = System.nanoTime() + 5_000_000_000L;
        do {
            browser.open("comment.xhtml?t=" + reported);
        } while (!browser.text("commentStatus").contains("hidden") && System.nanoTime() < until);
        assertEquals("Published (hidden while a clerk reviews reports about it)", browser.text("commentStatus"));
        assertFalse(browser.present("publicText"), "the hidden text is not shown");
        browser.open("item.xhtml?id=" + item);
        assertFalse(browser.body().contains("A letter some residents object to"));

        HttpResponse<String> mine = as(Deployments.RESIDENT)
                .post(
                        "api/v1/items/" + item + "/comments",
                        json(
                                "position",
                                "SUPPORT",
                                "text",
                                "The parks need this levy.",
                                "email",
                                Deployments.RESIDENT));
        String rejected = Http.object(mine).getString("trackingNumber");
        assertEquals(
                200,
                as(CLERK)
                        .post(
                                "api/v1/clerk/comments/" + rejected + "/decision",
                                json("decision", "REJECT", "reason", "off-topic"))
                        .statusCode());
        login(Deployments.RESIDENT, DEMO_PASSWORD);
        browser.open("comment.xhtml?t=" + rejected);
        browser.press("appeal:send");
        assertTrue(browser.text("appeal:messageMsg").contains("Write a message"), browser.body());
        browser.type("appeal:message", "The parks budget is part of this levy.").press("appeal:send");
        assertTrue(browser.text("appealSent").contains("Your appeal was sent on"), browser.body());
        assertFalse(browser.present("appeal:send"), "an appeal is sent once");
        browser.assertAccessible("the author's page after an appeal");
        assertEquals(
                rejected,
                Http.object(as(CLERK).get("api/v1/clerk/queue?item=" + item + "&flag=appeal"))
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("trackingNumber"));
    }

    @Test
    void aResidentSignsUpToSpeakThenWithdraws_AndTheNextOnTheWaitingListIsPromotedAndEmailed() throws Exception {
        long item = moderatedItem();
        long meeting = Http.object(as(CLERK).get("api/v1/items/" + item))
                .getJsonNumber("meetingId")
                .longValue();
        assertEquals(
                200,
                as(CLERK)
                        .send(
                                "PUT",
                                "api/v1/clerk/meetings/" + meeting + "/speakers/rules",
                                json("maxPerItem", 1, "secondsPerSpeaker", 120))
                        .statusCode());
        browser.open("item.xhtml?id=" + item);
        browser.click("Sign up to speak on this item");
        assertTrue(
                browser.text("speakRules").contains("2 minutes per speaker."),
                "in the unit the status page uses: " + browser.text("speakRules"));
        browser.assertAccessible("the sign-up to speak page");
        String email = "speaker-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        browser.press("speak:submit");
        assertTrue(
                browser.text("formErrors").startsWith("There are 3 problems with this form"),
                "one submit names every problem, the address too: " + browser.text("formErrors"));
        assertTrue(browser.text("speak:emailMsg").contains("Enter an e-mail address"), browser.text("speak:emailMsg"));
        // (the browser itself stops "not an address" in an e-mail field; one it lets through is named by Podium)
        browser.type("speak:email", "jorge@localhost").press("speak:submit");
        assertTrue(
                browser.text("speak:emailMsg").contains("Enter a valid e-mail address"),
                browser.text("speak:emailMsg"));
        browser.type("speak:email", email).type("speak:name", "Jorge Ramírez").press("speak:submit");
        assertTrue(browser.text("speak:modeMsg").contains("Choose how you will speak"), browser.body());
        // issue 19, bug 2: a position is chosen on purpose ("rather not say" included), never left silently empty
        assertTrue(browser.text("speak:positionMsg").contains("Choose your position on the item"), browser.body());
        // the problems also at the top, linked to their fields, and the focus there (not below the fold)
        assertTrue(
                browser.text("formErrors").startsWith("There are 2 problems with this form"),
                browser.text("formErrors"));
        assertEquals("formErrors", browser.driver.switchTo().activeElement().getAttribute("id"));
        assertEquals(
                2,
                browser.find("formErrors")
                        .findElements(By.cssSelector("a[href='#speak:mode']," + " a[href='#speak:position']"))
                        .size());
        assertEquals(email, browser.find("speak:email").getAttribute("value"), "nothing typed is lost");
        browser.driver.findElements(By.cssSelector("input[name='speak:mode']")).stream()
                .filter(e -> "IN_PERSON".equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        WebElement support = browser.driver.findElements(By.cssSelector("input[name='speak:position']")).stream()
                .filter(e -> "SUPPORT".equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow();
        Rectangle before = support.getRect();
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus();", support);
        assertEquals(before, support.getRect(), "a radio button does not move or grow when it takes the focus");
        assertTrue(before.getHeight() >= 18 && before.getWidth() >= 18, "big enough to hit: " + before);
        support.click();
        browser.press("speak:submit");
        assertTrue(browser.present("speakerLead"), browser.body());
        // issue 21: no place before the address is confirmed, and the page says how
        assertTrue(
                browser.text("speakerStatus").startsWith("waiting for you to confirm your e-mail address"),
                browser.text("speakerStatus"));
        assertTrue(browser.text("unconfirmedNote").contains("Open its link"), browser.text("unconfirmedNote"));
        assertFalse(browser.present("confirmForm:confirm"), "confirmed only from the mail, not from this page");
        browser.assertAccessible("the sign-up's page, unconfirmed");
        MimeMessage first = Mailbox.await(email, "Your sign-up to speak");
        Matcher confirmLink = Pattern.compile("(https?://\\S+/speaker\\.xhtml\\?c=SPK-[0-9A-Z-]+&k=[A-Za-z0-9_-]+"
                        + "&confirm=[A-Za-z0-9_-]+)")
                .matcher((String) first.getContent());
        assertTrue(confirmLink.find(), (String) first.getContent());
        browser.driver.get(confirmLink.group(1));
        assertTrue(browser.text("speakerStatus").startsWith("waiting for you"), "opening the link changes nothing");
        browser.press("confirmForm:confirm");
        assertTrue(browser.body().contains("Your e-mail address is confirmed"), browser.body());
        assertTrue(browser.url().contains("c=SPK-"), "the page keeps its address: a reload shows the sign-up again");
        assertEquals("confirmed, number 1", browser.text("speakerStatus"));
        assertEquals("2 minutes", browser.text("speakerTime"), "time in the unit people use");
        browser.assertAccessible("the sign-up's page");
        try (Connection c = TestInfrastructure.connect();
                PreparedStatement ps = c.prepareStatement("select position from speaker where email = ?")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("SUPPORT", rs.getString(1), "the position chosen is the one stored");
            }
        }

        String next = "next-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertEquals(
                "WAITLISTED",
                SignUps.confirmed(new Http(base.toString()), item, json("email", next, "mode", "REMOTE"), next)
                        .getString("status"));

        MimeMessage mine = Mailbox.await(email, "Your sign-up to speak");
        Matcher link = Pattern.compile("(https?://\\S+/speaker\\.xhtml\\?c=SPK-[0-9A-Z-]+&k=[A-Za-z0-9_-]+)")
                .matcher((String) mine.getContent());
        assertTrue(link.find(), (String) mine.getContent());
        browser.forgetSession();
        browser.driver.get(link.group(1));
        assertEquals("confirmed, number 1", browser.text("speakerStatus"));
        browser.pressAndConfirm("speaker:withdraw");
        assertEquals("withdrawn", browser.text("speakerStatus"));
        assertTrue(browser.body().contains("Your sign-up is withdrawn."), browser.body());
        MimeMessage promoted = Mailbox.await(next, "You have a place to speak");
        assertTrue(((String) promoted.getContent()).contains("confirmed, number 1"), (String) promoted.getContent());

        // the clerk's page: the list, and the rules from a preset
        login(CLERK, DEMO_PASSWORD);
        browser.open("clerk/meeting.xhtml?id=" + meeting);
        browser.click("Speakers: rules and sign-ups");
        assertTrue(
                browser.text("signUps").contains("withdrawn")
                        && browser.text("signUps").contains("confirmed, number 1"),
                browser.text("signUps"));
        assertEquals("120", browser.find("rules:secondsPerSpeaker").getAttribute("value"));
        browser.assertAccessible("the clerk's speakers page");
        new Select(browser.find("rules:preset")).selectByValue("long-beach");
        browser.press("rules:applyPreset");
        assertTrue(
                browser.url().contains("meeting="),
                "the page keeps its meeting in the address: a reload opens it again, " + browser.url());
        assertEquals("180", browser.find("rules:secondsPerSpeaker").getAttribute("value"));
        assertEquals("20", browser.find("rules:maxPerItem").getAttribute("value"));
        browser.type("rules:secondsPerSpeaker", "5").press("rules:save");
        assertTrue(browser.text("rules:secondsPerSpeakerMsg").contains("10 to 3,600 seconds"), browser.body());
        browser.type("rules:secondsPerSpeaker", "150").press("rules:save");
        assertTrue(browser.body().contains("The rules are saved"), browser.body());
        assertEquals(
                150,
                Http.object(as(CLERK).get("api/v1/clerk/meetings/" + meeting + "/speakers/rules"))
                        .getInt("secondsPerSpeaker"));
        assertEquals(
                "long-beach",
                Http.object(as(CLERK).get("api/v1/clerk/meetings/" + meeting + "/speakers/rules"))
                        .getString("preset"));
    }

    @Test
    void theConsoleInOneWindowAndThePublicDisplayInAnother_TheDisplayFollowsWithoutAReload() throws Exception {
        long item = moderatedItem();
        long meeting = Http.object(as(CLERK).get("api/v1/items/" + item))
                .getJsonNumber("meetingId")
                .longValue();
        assertEquals(
                200,
                as(CLERK)
                        .send(
                                "PUT",
                                "api/v1/clerk/meetings/" + meeting + "/speakers/rules",
                                json("maxPerItem", 10, "secondsPerSpeaker", 10))
                        .statusCode());
        Http anonymous = new Http(base.toString());
        String ana = "ana-" + UUID.randomUUID() + "@example.org";
        SignUps.confirmed(anonymous, item, SignUps.body("Ana Ruiz", ana, "IN_PERSON"), ana);
        String ben = "ben-" + UUID.randomUUID() + "@example.org";
        SignUps.confirmed(
                anonymous, item, json("name", "Ben", "nameWithheld", true, "email", ben, "mode", "REMOTE"), ben);

        try (Browser display = new Browser(base.toString())) {
            display.open("display.xhtml?meeting=" + meeting);
            display.markPage();
            display.assertAccessible("the chamber display");

            login(CLERK, DEMO_PASSWORD);
            browser.open("clerk/live.xhtml?meeting=" + meeting);
            new Select(browser.find("console:item")).selectByValue(String.valueOf(item));
            browser.press("console:showItem");
            assertTrue(browser.text("line").contains("Ana Ruiz"), browser.body());
            browser.assertAccessible("the live console");
            browser.markPage();
            keys("n");
            browser.awaitNewPage();

            var wait = new WebDriverWait(display.driver, Duration.ofSeconds(5));
            wait.until(d -> display.text("liveSpeaker").equals("Ana Ruiz"));
            assertEquals("Speaker 2", display.text("liveNext"), "a withheld name is a number");
            assertTrue(display.text("liveTimer").matches("0:\\d\\d"), display.text("liveTimer"));
            assertTrue(display.find("liveTimer").getAttribute("class").contains("amber"), "under 30 seconds: amber");
            assertEquals(
                    Boolean.TRUE,
                    ((JavascriptExecutor) display.driver).executeScript("return window.podiumOldPage === true;"),
                    "the display was not reloaded");

            browser.markPage();
            keys("n");
            browser.awaitNewPage();
            wait.until(d -> display.text("liveSpeaker").equals("Speaker 2"));
            assertEquals("", display.text("liveNext"));
            new WebDriverWait(display.driver, Duration.ofSeconds(20))
                    .until(d -> display.find("liveTimer").getAttribute("class").contains("red"));
            assertTrue(display.text("liveTimer").startsWith("−"), "over time counts on: " + display.text("liveTimer"));
            assertEquals(
                    Boolean.TRUE,
                    ((JavascriptExecutor) display.driver).executeScript("return window.podiumOldPage === true;"));
            display.assertAccessible("the chamber display while someone speaks");

            // a council member follows the same line from the council's pages, pushed the same way
            try (Browser council = new Browser(base.toString())) {
                LoginPage.open(council).as(Deployments.COUNCIL, DEMO_PASSWORD);
                CouncilMeetingsPage.open(council).openLive(meeting);
                new WebDriverWait(council.driver, Duration.ofSeconds(10))
                        .until(d -> council.text("liveSpeaker").equals("Speaker 2"));
                council.assertAccessible("the council member's view of the speakers");
                council.markPage();
                assertEquals(
                        200,
                        as(CLERK)
                                .post(
                                        "api/v1/clerk/meetings/" + meeting + "/live",
                                        json("action", "WALK_IN", "name", "Carla"))
                                .statusCode());
                new WebDriverWait(council.driver, Duration.ofSeconds(5))
                        .until(d -> council.text("liveNext").equals("Carla"));
                assertEquals(
                        Boolean.TRUE,
                        ((JavascriptExecutor) council.driver).executeScript("return window.podiumOldPage === true;"),
                        "pushed, not reloaded");
                // issue 19, bug 4: no total time under these rules, and "NaN:NaN" where it would be
                for (Browser b : List.of(display, council, browser)) {
                    assertFalse(b.text("liveTotal").contains("NaN") || b.body().contains("NaN"), b.text("liveTotal"));
                }

                // adjourning ends the line: who was speaking has spoken, with the time used; the displays stop
                assertEquals(
                        200,
                        as(CLERK)
                                .post("api/v1/clerk/meetings/" + meeting + "/status", json("status", "IN_PROGRESS"))
                                .statusCode());
                assertEquals(
                        200,
                        as(CLERK)
                                .post("api/v1/clerk/meetings/" + meeting + "/status", json("status", "ADJOURNED"))
                                .statusCode());
                for (Browser b : List.of(display, council)) {
                    new WebDriverWait(b.driver, Duration.ofSeconds(5))
                            .until(d -> b.text("liveSpeaker").equals("The meeting has adjourned.")
                                    && b.text("liveTimer").isEmpty());
                    assertEquals("", b.text("liveNext"), "nobody is called after the gavel");
                }
                try (Connection c = TestInfrastructure.connect();
                        PreparedStatement ps = c.prepareStatement(
                                "select live_status, spoken_seconds from speaker where meeting_id = ? and live_status is not null")) {
                    ps.setLong(1, meeting);
                    try (ResultSet rs = ps.executeQuery()) {
                        int spoke = 0;
                        while (rs.next()) {
                            assertEquals("SPOKE", rs.getString(1), "nobody stays SPEAKING in the record");
                            spoke++;
                            assertTrue(rs.getInt(2) >= 0);
                        }
                        assertEquals(2, spoke, "Ana Ruiz and Speaker 2 spoke");
                    }
                }
            }
        }
    }

    /**
     * A polyglot upload: a valid PDF header with an HTML page (and its script) behind it, named .html, sent through
     * the resident's form. It is stored as the PDF it claims to be and never served back as HTML: as a download, with
     * the PDF type, nosniff and a sandbox policy, under a name ending in .pdf; a clerk's browser opening it runs
     * nothing.
     */
    @Test
    void aPolyglotUploadIsNeverServedBackAsHtml() throws Exception {
        long item = moderatedItem();
        Path polyglot = Files.createTempDirectory("upload").resolve("minutes.html");
        Files.writeString(
                polyglot,
                "%PDF-1.4\n<html><head><title>pwned</title></head><body>"
                        + "<h1 id=\"pwned\">pwned</h1><script>document.title='pwned-by-script'</script></body></html>\n%%EOF\n");
        browser.open("item.xhtml?id=" + item);
        String text = "Polyglot " + UUID.randomUUID();
        browser.type("comment:text", text).type("comment:email", UUID.randomUUID() + "@example.org");
        browser.driver.findElements(By.cssSelector("input[name='comment:position']")).stream()
                .filter(e -> "NEUTRAL".equals(e.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        browser.find("comment:files").sendKeys(polyglot.toString());
        browser.press("comment:preview");
        browser.press("confirm:submit");
        String tracking = browser.text("trackingNumber");

        HttpResponse<String> file = as(CLERK).get("api/v1/comments/" + tracking + "/attachments/1");
        assertEquals(200, file.statusCode(), file.body());
        assertTrue(
                file.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                file.headers().map().toString());
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(
                disposition.startsWith("attachment;") && disposition.contains("filename=\"minutes.html.pdf\""),
                disposition);
        assertEquals(
                "nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(
                file.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertEquals(
                403,
                new Http(base.toString())
                        .get("api/v1/comments/" + tracking + "/attachments/1")
                        .statusCode());

        browser.forgetSession();
        login(CLERK, DEMO_PASSWORD);
        browser.open("comment.xhtml?t=" + tracking);
        String before = browser.driver.getCurrentUrl();
        browser.driver.get(base + "api/v1/comments/" + tracking + "/attachments/1");
        // get() returns once the document has loaded: had the file been rendered as a page, its inline script
        // (which sets the title) would have run by then
        assertEquals("complete", ((JavascriptExecutor) browser.driver).executeScript("return document.readyState"));
        assertFalse(browser.driver.getTitle().startsWith("pwned"), browser.driver.getTitle());
        assertTrue(browser.driver.findElements(By.id("pwned")).isEmpty(), "the HTML body is never rendered");
        assertFalse(
                browser.driver.getPageSource().contains("pwned-by-script")
                        && browser.driver.getCurrentUrl().contains("/attachments/"),
                "nor shown as a page: " + browser.driver.getCurrentUrl() + " after " + before);
    }
}

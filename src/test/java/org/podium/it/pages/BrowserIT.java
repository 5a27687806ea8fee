package org.podium.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Deployments.ADMIN;
import static org.podium.it.Deployments.CLERK;
import static org.podium.it.Deployments.DEMO_PASSWORD;
import static org.podium.it.Fixtures.json;

import jakarta.json.JsonObject;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.interactions.Actions;
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
        LoginPage.open(browser).signedInAs(email, password);
    }

    @Test
    void aClerkPublishesAMeetingThatResidentsReadInEnglishAndSpanish() {
        LoginPage loginPage = LoginPage.open(browser);
        browser.assertAccessible("the login page");
        loginPage.as(CLERK, DEMO_PASSWORD);
        assertTrue(browser.body().contains("Welcome, Carmen Clerk"), browser.body());

        ClerkMeetingsPage meetings = ClerkMeetingsPage.open(browser);
        browser.assertAccessible("the clerk's meeting list");
        String title = "Special meeting " + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("America/Chicago"))
                .plusDays(10)
                .withHour(18)
                .withMinute(30);

        // bad input first: a missing title and an impossible date, each told beside its field, nothing lost
        meetings.body("Committee on Finance")
                .startsAt("tomorrow evening")
                .location("Room 201A")
                .create();
        assertFalse(meetings.problemWith("title").isBlank(), "the title is required");
        assertTrue(meetings.problemWith("startsAt").contains("2026-12-01 18:30"), meetings.problemWith("startsAt"));
        assertEquals("Room 201A", meetings.typed("location"), "typed values are kept");
        browser.assertAccessible("the create form with errors");

        meetings.title(title).startsAt(start.format(INPUT)).create();
        ClerkMeetingPage meeting = ClerkMeetingPage.shown(browser);
        assertEquals(title, browser.heading());
        assertTrue(meeting.agendaState().contains("Draft"));
        browser.assertAccessible("a draft meeting");

        meeting.item("4.a", "Ordinance: 2027 property tax levy")
                .fileNumber("O2026-0041873")
                .description("Raises the levy by $60 million.\nSeniors may be exempt.")
                .saveItem();
        assertTrue(browser.body().contains("Agenda item added."), browser.body());

        meeting.item("4.A", "Duplicate number").saveItem();
        assertTrue(meeting.problemWith("number").contains("already used"), meeting.problemWith("number"));

        meeting.item("4.b", "Appropriation: emergency shelters")
                .titleEs("Asignación: albergues de emergencia")
                .commentOpens(start.minusDays(2).format(INPUT))
                .commentCloses(start.minusDays(3).format(INPUT))
                .saveItem();
        assertTrue(
                meeting.problemWith("commentClosesAt").contains("close after it opens"),
                meeting.problemWith("commentClosesAt"));
        meeting.commentCloses(start.minusDays(1).format(INPUT)).saveItem();
        assertEquals(2, meeting.agendaRows());
        browser.assertAccessible("a meeting with its agenda");
        assertFalse(meeting.offersReopen(0), "nothing to reopen while comment has not closed");

        // reorder, edit and remove, by keyboard-reachable buttons
        meeting.moveDown(0);
        assertTrue(meeting.agenda().indexOf("4.b") < meeting.agenda().indexOf("4.a"), meeting.agenda());
        meeting.edit(1);
        assertEquals("4.a", meeting.typed("number"));
        meeting.title("Ordinance: 2027 property tax levy (amended)").saveItem();
        assertTrue(meeting.agenda().contains("(amended)"), meeting.agenda());
        meeting.item("9", "Item added by mistake").saveItem();
        assertEquals(3, meeting.agendaRows());
        meeting.removeButCancel(2);
        assertEquals(3, meeting.agendaRows(), "cancelled: nothing removed");
        meeting.remove(2);
        assertEquals(2, meeting.agendaRows());
        assertFalse(meeting.agenda().contains("by mistake"));

        meeting.state().publish();
        assertTrue(meeting.agendaState().contains("Published"), meeting.agendaState());
        browser.logout();
        assertTrue(browser.body().contains("You have logged out"));

        browser.forgetSession();
        assertTrue(HomePage.open(browser).isUpcoming(title), "the new meeting is among the upcoming ones");
        browser.assertAccessible("the home page");
        browser.click(title);
        MeetingPage published = MeetingPage.shown(browser);
        assertEquals(title, browser.heading());
        assertTrue(published.agenda().contains("Ordinance: 2027 property tax levy (amended)"));
        browser.assertAccessible("the public meeting page");
        browser.click("Ordinance: 2027 property tax levy (amended)");
        ItemPage levy = ItemPage.shown(browser);
        assertTrue(levy.commentWindow().startsWith("Public comment is open until"), levy.commentWindow());
        assertEquals("O2026-0041873", levy.fileNumber());
        browser.assertAccessible("the public item page");

        browser.click("Español");
        PageFrame frame = PageFrame.of(browser);
        assertTrue(
                levy.commentWindow().startsWith("Los comentarios del público están abiertos hasta el"),
                levy.commentWindow());
        assertEquals("es", frame.language());
        assertEquals("Concejo Municipal", frame.councilName(), "the council's name in Spanish too");
        assertTrue(browser.body().contains("Número de expediente"));
        assertTrue(
                levy.untranslatedNote().contains("todavía no tiene versión en español"),
                "an item the clerk did not translate says so");
        assertEquals("en", frame.headingLanguage(), "and a screen reader reads its title as English");
        browser.click(title);
        assertTrue(published.agenda().contains("Asignación: albergues de emergencia"), published.agenda());
        assertTrue(
                published.agenda().contains("Ordinance: 2027 property tax levy (amended) (en inglés)"),
                published.agenda());
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
        HomePage.open(browser);
        assertEquals("Sesiones", browser.heading());
        assertTrue(browser.body().contains("Próximas sesiones"));
        browser.click("English");
        assertEquals("Meetings", browser.heading());
    }

    @Test
    void aResidentRegistersVerifiesByEmailAndLogsIn() throws Exception {
        String email = "rosa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        RegisterPage register = RegisterPage.open(browser);
        browser.assertAccessible("the registration page");
        register.name("Rosa Martínez").email(email).password("password1234").register();
        assertTrue(register.problemWith("password").contains("too common"), register.problemWith("password"));
        assertEquals(email, register.typed("email"));
        assertEquals("", register.typed("password"), "a password is never sent back");
        browser.assertAccessible("the registration page with an error");

        register.password("levy hearing on tuesday").register();
        assertEquals("Check your e-mail", browser.heading());
        browser.assertAccessible("the check-your-mail page");

        LoginPage.open(browser).as(email, "levy hearing on tuesday");
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
        VerifyPage.shown(browser).confirm();
        assertTrue(browser.body().contains("your e-mail address is confirmed"), browser.url() + "\n" + browser.body());

        login(email, "levy hearing on tuesday");
        PageFrame frame = PageFrame.of(browser);
        assertEquals("Rosa Martínez", frame.loggedInAs());
        browser.open("account/index.xhtml");
        browser.assertAccessible("the account page");
        assertTrue(frame.offersLogOut());
        assertFalse(frame.showsClerkMenu(), "a resident sees no clerk menu");
        browser.open("clerk/index.xhtml");
        assertEquals("Not allowed", browser.heading());
        browser.assertAccessible("the 403 page");

        // a forgotten password: a link by e-mail, a new password typed twice, and the login works with it
        browser.logout();
        ForgotPasswordPage forgot = LoginPage.open(browser).forgotPassword();
        browser.assertAccessible("the forgotten-password page");
        forgot.send(email);
        assertTrue(forgot.sentNote().contains("If an account uses " + email), forgot.sentNote());
        browser.assertAccessible("the forgotten-password page, sent");
        String resetText =
                (String) Mailbox.await(email, "Choose a new password").getContent();
        Matcher resetLink = Pattern.compile("(https?://\\S+/reset\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(resetText);
        assertTrue(resetLink.find(), resetText);
        browser.driver.get(resetLink.group(1));
        browser.assertAccessible("the new-password page");
        NewPasswordPage.shown(browser).choose("a brand new passphrase", "a brand new passphrase");
        assertTrue(browser.body().contains("Your new password is saved"), browser.body());
        login(email, "a brand new passphrase");
        assertEquals("Rosa Martínez", frame.loggedInAs());
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
        item.attach(big).awaitFileCheck();
        assertTrue(item.fileCheck().contains("larger than 10 MB: " + big.getFileName()), item.fileCheck());
        assertEquals("", item.attachedFiles(), "the file is taken off");
        assertEquals("true", item.filesFieldInvalid());
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
        assertEquals("Please exempt seniors on fixed incomes.", item.previewText());
        assertTrue(
                item.previewHasFocus(),
                "the preview takes the focus (it is far down the page the resident lands on); the focus is on "
                        + browser.focusedId());
        assertTrue(
                browser.url().matches(".*/item\\.xhtml\\?id=\\d+$"),
                "a reload or a bookmark opens the item: " + browser.url());
        assertTrue(item.previewFiles().contains(letter.getFileName().toString()), item.previewFiles());
        browser.assertAccessible("the comment preview");
        String tracking = item.send();
        assertTrue(tracking.matches("PDM-\\d{2}-\\d{6,}-[A-Z]"), tracking);
        TrackingPage receipt = TrackingPage.shown(browser);
        assertTrue(receipt.isReceipt());
        assertEquals("Received", receipt.status());
        browser.assertAccessible("the receipt page");

        MimeMessage mail = Mailbox.await(email);
        assertTrue(mail.getSubject().contains(tracking), mail.getSubject());
        // the mail's link: the author's key, and the token that confirms the address (only the mailbox has it)
        Matcher link = Pattern.compile(
                        "(https?://\\S+/comment\\.xhtml\\?t=" + tracking + "&k=[A-Za-z0-9_-]+&c=[A-Za-z0-9_-]+)")
                .matcher((String) mail.getContent());
        assertTrue(link.find(), (String) mail.getContent());

        browser.forgetSession();
        browser.driver.get(link.group(1));
        TrackingPage mine = TrackingPage.shown(browser);
        assertEquals("Please exempt seniors on fixed incomes.", mine.yourText());
        assertTrue(mine.yourFiles().contains("application/pdf"), mine.yourFiles());
        mine.confirmEmail();
        assertTrue(browser.body().contains("Your e-mail address is confirmed."), browser.body());
        browser.driver.get(link.group(1) + "&disown=true");
        mine.disown();
        assertTrue(browser.body().contains("the clerk will review this comment"), browser.body());
        assertFalse(mine.offersDisown(), "reported once");
        mine.edit("Please exempt seniors and people with disabilities.");
        assertTrue(browser.body().contains("Your comment is changed."), browser.body());
        assertEquals("Please exempt seniors and people with disabilities.", mine.yourText());
        mine.withdraw();
        assertEquals("Withdrawn", mine.status());
        assertTrue(mine.history().contains("Withdrawn"));
        browser.assertAccessible("the author's tracking page");

        browser.forgetSession();
        TrackingPage found = TrackingPage.lookUp(browser, tracking.toLowerCase());
        assertEquals("Withdrawn", found.status());
        assertFalse(found.showsYourText(), "without the author's link, no text");
        TrackingPage.open(browser, "PDM-26-000001-A");
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
        ClerkMeetingPage.open(browser, finance);
        browser.click("Enter comments");
        IntakePage intake = IntakePage.shown(browser);
        String intakePage = browser.url();
        browser.assertAccessible("the intake page");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        intake.channel("LETTER");
        String present = intake.receivedAt();
        assertTrue(
                present.startsWith(LocalDateTime.now(ZoneId.of("America/Chicago"))
                        .toLocalDate()
                        .toString()),
                "a letter opened now is the default: " + present);
        // a date Podium cannot read and an empty text: both told in one round
        intake.receivedAt("banana").enter();
        assertTrue(
                intake.problemWith("receivedAt").contains("could not read this as a date"),
                intake.problemWith("receivedAt"));
        assertTrue(intake.problemWith("text").contains("Type the text of the comment"), browser.body());
        assertEquals("true", intake.textFieldInvalid());
        intake.receivedAt("tomorrow")
                .commentText("Letter from Mrs. Okafor " + tag)
                .enter();
        assertTrue(intake.problemWith("receivedAt").contains("add the time of day"), intake.problemWith("receivedAt"));
        Path scan = Files.createTempFile("scan", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
        // the clerk types the date as it is written on the letter
        intake.receivedAt("11/20/2026 9:15 am").attach(scan).enter();
        assertTrue(
                browser.body().matches("(?s).*Comment entered with tracking number PDM-\\d{2}-\\d{6,}-[A-Z]\\..*"),
                browser.body());
        assertEquals("LETTER", intake.channel(), "the next letter of the batch came the same way");
        Matcher entered = Pattern.compile("PDM-\\d{2}-\\d{6,}-[A-Z]").matcher(browser.body());
        assertTrue(entered.find());
        String letter = entered.group();
        CommentDecisionPage decision = CommentDecisionPage.open(browser, letter);
        assertTrue(decision.flags().contains("Letter"), decision.flags());
        assertEquals("Fri 20 Nov 2026, 9:15 AM", decision.receivedAt(), "the date written on the letter");
        assertTrue(decision.text().contains("Letter from Mrs. Okafor " + tag));
        decision.decide("REJECTED");
        assertTrue(decision.problemWith("reason").contains("A rejection needs a reason"), browser.body());
        browser.assertAccessible("the clerk's decision form with an error");
        decision.decide("PUBLISHED");
        assertEquals("Published", decision.status(), browser.body());
        assertTrue(browser.body().contains("Decision saved: Published."), browser.body());
        browser.click("Moderation queue");
        browser.assertAccessible("the moderation queue");
        ModerationQueuePage queue = ModerationQueuePage.shown(browser).filter("LETTER", "PUBLISHED", "newest");
        assertTrue(
                browser.url().contains("channel=LETTER") && browser.url().contains("status=PUBLISHED"), browser.url());
        assertTrue(queue.listing().contains(letter), queue.listing());
        assertEquals("LETTER", queue.channelFilter(), "the form keeps the filters");
        browser.click(letter);
        assertEquals("Published", decision.status());

        browser.driver.get(intakePage);

        Path csv = Files.createTempFile("comments", ".csv");
        Files.writeString(
                csv,
                "channel,received_at,position,name,text\n"
                        + "EMAIL,2026-11-21 10:00,SUPPORT,Li Wei,\"Fund the shelters, please " + tag + "\"\n"
                        + "FAX,2026-11-21 10:00,SUPPORT,,Fax " + tag + "\n");
        intake.importFile(csv);
        assertTrue(
                browser.body().contains("Imported one comment; none was already imported; one row refused."),
                browser.body());
        assertTrue(
                intake.importErrors().contains("3") && intake.importErrors().contains("channel"),
                intake.importErrors());
        browser.assertAccessible("the intake page with an import report");
        intake.importFile(csv);
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
        intake.importFile(bigCsv);
        IntakePage.ProgressBar bar = intake.progressBar();
        assertEquals("progressbar", bar.role());
        assertTrue(Integer.parseInt(bar.valueNow()) < 100, bar.valueNow());
        assertTrue(intake.importStatus().matches("Imported \\d+ of 601 rows so far…"), intake.importStatus());
        browser.assertAccessible("the intake page during an import");
        assertEquals("Imported 600 comments; none was already imported; one row refused.", intake.awaitImportSummary());
        assertTrue(intake.importErrors().contains("602"), intake.importErrors());
        assertFalse(intake.importing(), "the bar is gone once the import is done");
        Files.deleteIfExists(bigCsv);

        // deciding from the queue: the button names its comment for screen readers, and the row leaves the queue
        ModerationQueuePage emails = ModerationQueuePage.open(browser, "channel=EMAIL&sort=newest");
        String kept = emails.keepFirstForTheRecordOnly();
        assertTrue(
                browser.body().contains("Comment " + kept + ": In the record only (not published)."), browser.body());
        assertFalse(emails.listing().contains(kept), "a decided comment leaves the queue of received ones");
        assertTrue(browser.url().contains("queue.xhtml"), browser.url());
        browser.assertAccessible("the moderation queue after a decision");
    }

    @Test
    void anAdministratorCreatesAStaffAccount() {
        login(ADMIN, DEMO_PASSWORD);
        AccountsPage.open(browser);
        browser.assertAccessible("the accounts page");
        assertEquals(
                Boolean.TRUE,
                AccountsPage.open(browser, "es").fitsTheWindow(),
                "the accounts, with Spanish's longer words, fit the window (they scrolled sideways at 1366 px)");
        AccountsPage accounts = AccountsPage.open(browser, "en");
        String email = "council-" + UUID.randomUUID().toString().substring(0, 8) + "@city.example";
        accounts.name("Alderperson Díaz")
                .email(email)
                .password("council chamber key 2027")
                .create();
        assertTrue(accounts.problemWith("roles").contains("Choose at least one role"), accounts.problemWith("roles"));
        accounts.password("council chamber key 2027").role("COUNCIL").create();
        assertTrue(browser.body().contains("Account " + email + " created."), browser.url() + "\n" + browser.body());
        assertTrue(accounts.accounts().contains("Alderperson Díaz"), accounts.accounts());
        assertEquals("Accounts 1 to 1 of 1", accounts.count(), "the new account, found by its address");
        browser.assertAccessible("the accounts page, searched");
        answer(accounts.disableFirst(), "Disable this account?", true);
        assertTrue(browser.body().contains("Alderperson Díaz (" + email + ") is disabled"), browser.body());
        assertTrue(accounts.accounts().contains("Disabled"), accounts.accounts());
        accounts.enableFirst();
        assertTrue(browser.body().contains("can log in again"), browser.body());
        accounts.resetPasswordOfFirst();
        assertTrue(
                browser.body().contains("A link to choose a new password was mailed to Alderperson Díaz"),
                browser.body());
        assertEquals(
                "No account matches this search.",
                AccountsPage.search(browser, "no-such-account-" + UUID.randomUUID())
                        .count());
        browser.click("Written comments");
        browser.assertAccessible("the council settings page");
        SettingsPage settings = SettingsPage.shown(browser).saveCommentMaxLength("50");
        assertTrue(
                settings.problemWith("commentMaxLength").contains("from 100 to 20,000"),
                settings.problemWith("commentMaxLength"));
        settings.saveCommentMaxLength("6000");
        assertTrue(browser.body().contains("Settings saved."), browser.body());
        assertEquals("6000", settings.commentMaxLength());
        settings.saveCommentMaxLength("5000");
        assertTrue(browser.body().contains("Settings saved."), browser.body());

        PostingPolicyEditor policy = PostingPolicyEditor.open(browser);
        browser.assertAccessible("the posting policy page of the administrators");
        policy.code("Not A Code").publicTextEn("Spam.").save();
        assertTrue(policy.problemWith("code").contains("lower-case letters"), policy.problemWith("code"));
        browser.assertAccessible("the posting policy form with an error");
        String code =
                "flood-" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 4);
        policy.code(code).save();
        assertTrue(policy.problemWith("publicTextEs").contains("Write this text"), policy.problemWith("publicTextEs"));
        policy.publicTextEn("The same message sent many times.")
                .publicTextEs("El mismo mensaje enviado muchas veces.")
                .authorTextEn("You sent this message many times.")
                .authorTextEs("Usted envió este mensaje muchas veces.")
                .save();
        assertTrue(browser.body().contains("Reason " + code + " saved."), browser.body());
        assertTrue(policy.reasons().contains(code));
        assertTrue(PostingPolicyPage.open(browser).reasons().contains("The same message sent many times."));
        browser.assertAccessible("the public posting policy");
        assertTrue(PostingPolicyPage.open(browser, "es").reasons().contains("El mismo mensaje enviado muchas veces."));
        PostingPolicyPage.open(browser, "en");
        browser.logout();

        login(email, "council chamber key 2027");
        CouncilMeetingsPage meetings = CouncilMeetingsPage.open(browser);
        browser.assertAccessible("the council's meeting list");
        assertTrue(meetings.lists("Regular Meeting of the City Council"));
        assertTrue(SetupPage.open(browser).isClosed(), "no setup once an administrator exists");
        browser.assertAccessible("the setup page");
        browser.open("no-such-page.xhtml");
        assertEquals("Page not found", browser.heading());
        browser.assertAccessible("the 404 page");
    }

    // ---- moderation ----

    @Test
    void aClerkFinalizesTheRecordAfterAdjournment_AndResidentsFindItsFilesAndFinalHash() throws Exception {
        long item = moderatedItem();
        long meeting = meetingOf(item);
        String t = letter(item, "The levy is too much for seniors on fixed incomes.", 5);
        assertEquals(
                200,
                as(CLERK)
                        .post("api/v1/clerk/comments/" + t + "/decision", json("decision", "PUBLISH"))
                        .statusCode());
        login(CLERK, DEMO_PASSWORD);
        ClerkMeetingPage editor = ClerkMeetingPage.open(browser, meeting);
        RecordPanel record = editor.record();
        assertTrue(record.laterNote().contains("after the meeting is adjourned"), record.laterNote());
        // issue 19, bug 5: the irreversible steps ask first (a native dialog: keyboard and screen readers answer it)
        MeetingStateButtons state = editor.state();
        String cancel = state.cancelStyle();
        assertTrue(cancel.contains("danger"), "Cancel looks like what it is, apart from Start: " + cancel);
        answer(state.start(), "Start the meeting now?", false);
        assertEquals("SCHEDULED", meetingStatus(meeting), "dismissed: nothing changed");
        answer(state.start(), "Start the meeting now?", true);
        assertEquals("IN_PROGRESS", meetingStatus(meeting));
        answer(state.adjourn(), "Adjourn the meeting?", true);
        assertEquals("ADJOURNED", meetingStatus(meeting));
        browser.assertAccessible("an adjourned meeting, its record not finalized yet");
        answer(record.askToFinalize(), "Finalize the official record", false);
        assertEquals(
                404,
                as(CLERK).get("api/v1/clerk/meetings/" + meeting + "/record").statusCode(),
                "not finalized");
        record.finalizeRecord();
        assertTrue(browser.body().contains("The record is finalized."), browser.body());
        String hash = Http.object(as(CLERK).get("api/v1/clerk/meetings/" + meeting + "/record"))
                .getString("finalHash");
        assertEquals(hash, record.finalHash());
        browser.assertAccessible("the clerk's meeting page with the finalized record");

        MeetingPage published = MeetingPage.open(browser, meeting);
        assertEquals(hash, published.finalHash());
        assertTrue(published.recordFiles().contains("Minutes appendix (PDF)"), published.recordFiles());
        browser.assertAccessible("the public meeting page with its record");
        TrackingPage comment = TrackingPage.open(browser, t);
        assertTrue(comment.status().contains("In the official record"), comment.status());
        MeetingPage.open(browser, meeting, "es");
        assertTrue(browser.body().contains("Acta oficial"), "in Spanish too");
    }

    @Test
    void aCouncilMemberReadsAnItemsSummaryDuringTheMeeting_AndANewCommentIsCountedWithoutAReload() throws Exception {
        long item = moderatedItem();
        long meeting = meetingOf(item);
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
        CouncilMeetingsPage.open(browser);
        CouncilSummaryPage summary = CouncilSummaryPage.open(browser, item);
        // the panel may be rendered again by a push at any moment: read it until it says what is expected
        summary.awaitTotals(t -> t.startsWith("3 comments"))
                .awaitDeclared("OPPOSE", "3"::equals)
                .awaitSpeakers(t -> t.contains("Rosa Martínez"));
        browser.assertAccessible("a council member's summary of an item");
        browser.markWindow("notReloaded");

        String more = letter(item, "I oppose it too: the levy is more than my family can pay this year.", 1);
        assertEquals(
                200,
                as(CLERK)
                        .post("api/v1/clerk/comments/" + more + "/decision", json("decision", "PUBLISH"))
                        .statusCode());
        summary.awaitTotals(t -> t.startsWith("4 comments")).awaitDeclared("OPPOSE", "4"::equals);
        assertEquals(Boolean.TRUE, browser.windowMarked("notReloaded"), "pushed, not reloaded");
        browser.assertAccessible("the summary after the push");
        CouncilSummaryPage.open(browser, item, "es").awaitTotals(t -> t.startsWith("4 comentarios"));
        CouncilMeetingPage.open(browser, meeting, "en").awaitTotal("4"::equals);
        browser.assertAccessible("the meeting at a glance");
    }

    @Test
    void aClerkRenamesAddsAndMergesKeyPointsOnTheirPageAndTheCouncilSummaryLeadsWithThem() throws Exception {
        long item = moderatedItem();
        List<String> copies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            copies.add(letter(item, Fixtures.FORM_LETTER, 30 - i));
        }
        letter(item, "The pension contributions must be audited before the council raises any tax on homeowners.", 20);
        letter(item, "Audit the pension fund contributions first, then come back to us about a levy.", 19);
        // the letter's point, read in the background: a point that every copy makes
        Fixtures.await("the letter's key point is read", 60, () -> letterPointRead(item, copies));

        login(CLERK, DEMO_PASSWORD);
        KeyPointsEditor editor = KeyPointsEditor.open(browser, item);
        browser.assertAccessible("an item's key points for a clerk");
        String letterPoint = editor.wordings().stream()
                .filter(w -> Fixtures.FORM_LETTER.contains(w))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no point of the letter: " + editor.wordings() + " at "
                        + browser.url() + ": " + browser.body()));
        assertTrue(editor.line(letterPoint).contains("the others copies of a form letter"), editor.line(letterPoint));

        // with the keyboard: Enter in the wording renames (it pressed the form's first button, "Show the latest",
        // and lost what was typed)
        editor.renameWithEnter(letterPoint, "Seniors would lose their homes");
        assertTrue(browser.body().contains("The point is renamed"), browser.body());
        assertTrue(editor.line("Seniors would lose their homes").contains("worded by a clerk"));
        editor.rename("Seniors would lose their homes", "  ");
        assertTrue(
                browser.body()
                        .contains(
                                "Point \u201cSeniors would lose their homes\u201d: A key point has 3 to 500 characters."),
                "the refusal names the point: " + browser.body());

        editor.add("Against", "Residents cannot afford the levy");
        assertTrue(browser.body().contains("The point is added"), browser.body());
        assertTrue(browser.url().contains("item=" + item), "the address still names the item: " + browser.url());
        editor.add("Against", "residents cannot afford the levy");
        assertTrue(browser.body().contains("already has this wording"), browser.body());
        // a clerk's point is listed among the points (never folded under "made once"), matched like the others
        assertTrue(editor.wordings().contains("Residents cannot afford the levy"), browser.body());
        editor.mergeInto("Seniors would lose their homes", "Residents cannot afford the levy");
        assertTrue(browser.body().contains("The points are merged"), browser.body());
        browser.until(20, () -> {
            editor.reload();
            return editor.wordings().contains("Residents cannot afford the levy")
                    && editor.line("Residents cannot afford the levy").contains("the others copies of a form letter");
        });
        assertFalse(
                editor.wordings().contains("Seniors would lose their homes"),
                editor.wordings().toString());
        browser.assertAccessible("the key points after a merge");

        // the summary leads with the clerk's point, and offers clerks the way back to edit it
        CouncilSummaryPage.open(browser, item);
        browser.awaitText(By.id("keyPoints"), t -> t.contains("Residents cannot afford the levy"));
        assertTrue(browser.present("editKeyPoints"), "a clerk is offered the edits");
    }

    boolean letterPointRead(long item, List<String> copies) {
        JsonObject view = Http.object(as(CLERK).get("api/v1/items/" + item + "/key-points"));
        return view.getJsonArray("sides").stream()
                .map(JsonValue::asJsonObject)
                .flatMap(side -> side.getJsonArray("points").stream())
                .map(JsonValue::asJsonObject)
                .anyMatch(p -> p.getJsonArray("trackingNumbers").stream()
                        .map(v -> ((JsonString) v).getString())
                        .toList()
                        .containsAll(copies));
    }

    /** The meeting an item is on. */
    long meetingOf(long item) {
        return Http.object(as(CLERK).get("api/v1/items/" + item))
                .getJsonNumber("meetingId")
                .longValue();
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

    /** Checks the question a button asked, and answers it (accepting reloads the page). */
    void answer(Question asked, String question, boolean accept) {
        assertTrue(asked.text().contains(question), asked.text());
        if (accept) {
            asked.accept();
        } else {
            asked.dismiss();
        }
    }

    String meetingStatus(long meeting) {
        return Http.object(as(CLERK).get("api/v1/meetings/" + meeting)).getString("status");
    }

    String status(String t) {
        return Http.object(as(CLERK).get("api/v1/comments/" + t)).getString("status");
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
        long meeting = meetingOf(item);
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
        ModerationQueuePage queue = ClerkMeetingPage.open(browser, meeting).openQueueOf(item);
        assertEquals(String.valueOf(item), queue.itemFilter(), "the queue filtered to the item");
        assertEquals(Set.of(first, second, odd), Set.copyOf(queue.rows()), "not " + elsewhere);
        String row = queue.reading(first);
        assertTrue(
                row.contains("Reads as opposition")
                        && row.contains("Seniors and fixed incomes")
                        && row.contains("One of 2 copies of a form letter"),
                row);
        browser.assertAccessible("the moderation queue with what the machine read");
        // j to the odd one, 1 labels it support
        for (int step = 0; step < 5 && !odd.equals(queue.rowInFocus()); step++) {
            keys("j");
        }
        assertEquals(odd, queue.rowInFocus());
        browser.markWindow("podiumSamePage");
        keysAndWait("1");
        assertEquals(
                Boolean.TRUE, browser.windowMarked("podiumSamePage"), "decided in place, without loading the page");
        assertTrue(browser.body().contains("Comment " + odd + " labelled: Support."), browser.body());
        assertEquals(
                "CLERK",
                Http.object(as(CLERK).get("api/v1/comments/" + odd))
                        .getJsonObject("analysis")
                        .getString("stanceSource"));
        String labelled = queue.reading(odd);
        assertTrue(labelled.contains("Reads as support (labelled by a clerk)"), labelled);

        // Shift and a topic's number, on the row in focus: the topic the machine read in "budget" taken off, then put
        // back (its button says whether it is on, to a screen reader too)
        String spending = "Government spending";
        ModerationQueuePage.TopicButton button = queue.topicButton(odd, spending);
        String number = button.number();
        assertTrue(Integer.parseInt(number) <= 9, number);
        assertEquals("Shift+" + number, button.keyShortcut());
        assertEquals("true", button.pressed());
        shiftAndWait(number);
        assertTrue(browser.body().contains("Comment " + odd + ": topic " + spending + " taken off."), browser.body());
        assertEquals(odd, queue.rowInFocus(), "the row keeps the focus");
        assertEquals("false", queue.topicPressed(odd, number));
        assertFalse(topicsOf(odd).contains(spending), topicsOf(odd).toString());
        shiftAndWait(number);
        assertTrue(browser.body().contains("Comment " + odd + ": topic " + spending + " added."), browser.body());
        assertTrue(topicsOf(odd).contains(spending), topicsOf(odd).toString());
        browser.assertAccessible("the moderation queue with a row's topics");

        // the comment's own page: what it reads as; the clerk corrects its topics
        CommentDecisionPage comment = CommentDecisionPage.open(browser, first);
        assertTrue(comment.reading().contains("Reads as opposition"), comment.reading());
        browser.assertAccessible("a comment with what the machine read");
        comment.toggleTopic("Schools").toggleTopic("Government spending").saveTopics();
        assertTrue(browser.body().contains("Topics saved."), browser.body());
        List<String> topics = Http.object(as(CLERK).get("api/v1/comments/" + first))
                .getJsonObject("analysis")
                .getJsonArray("topics")
                .stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
        assertTrue(topics.contains("Schools") && !topics.contains("Government spending"), topics.toString());
        ModerationQueuePage meetingQueue = ModerationQueuePage.ofMeeting(browser, meeting);

        // the campaign, from the row's link: the letter, its signers, its comments in the queue
        ModerationQueuePage campaign = meetingQueue.openCampaignOf(first);
        assertEquals(List.of(first, second), campaign.rows(), "the queue filtered to the campaign");
        ClerkMeetingPage.open(browser, meeting);
        assertTrue(browser.body().contains("The machine agreed with the clerks on"), browser.body());
        browser.click("Form-letter campaigns");
        assertTrue(browser.body().contains("2 comments") && browser.body().contains(letterText), browser.body());
        browser.assertAccessible("an item's form-letter campaigns");
        CampaignsPage campaigns = CampaignsPage.shown(browser);
        campaigns.labelFirst("Oppose");
        assertTrue(browser.body().contains("2 comments labelled: Oppose."), browser.body());
        assertTrue(
                browser.url().contains("item=" + item), "a reload shows the same item's campaigns: " + browser.url());
        assertEquals(
                "CLERK",
                Http.object(as(CLERK).get("api/v1/comments/" + second))
                        .getJsonObject("analysis")
                        .getString("stanceSource"));
        assertTrue(campaigns.groupsHeading().contains("Groups of similar comments"));

        // the topics, as lines of text: a bad line is named, a good one saved
        TopicsPage topicList = TopicsPage.open(browser);
        browser.assertAccessible("the topics");
        String original = topicList.lines();
        assertTrue(
                original.contains("Seniors and fixed incomes | Personas mayores e ingresos fijos: senior, elderly"),
                original);
        topicList.save(original + "Dogs without keywords\n");
        assertTrue(topicList.problem().startsWith("Line 9: "), browser.body());
        assertTrue(
                topicList.lines().contains("Seniors and fixed incomes")
                        && topicList.lines().contains("Dogs without keywords"),
                "a refused list comes back as it was typed, to be corrected: " + topicList.lines());
        topicList.save(original + "Dogs | Perros | Canes: dog park\n");
        assertTrue(topicList.problem().startsWith("Topic Dogs: its Spanish name"), topicList.problem());
        topicList.save(original + "Dogs | Perros: dog park, leash\n");
        assertTrue(browser.body().contains("Topics saved: 9."), browser.body());
        assertTrue(topicList.lines().contains("\nDogs | Perros: dog park, leash"), topicList.lines());
        assertEquals(
                "Perros",
                Http.object(as(CLERK).get("api/v1/clerk/topics"))
                        .getJsonArray("topics")
                        .getJsonObject(8)
                        .getString("nameEs"));
        topicList.save(original);
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
        long meeting = meetingOf(item);
        String first = letter(item, "Spam spam spam, buy cheap watches.", 3);
        String second = letter(item, "More spam: cheap watches here.", 2);
        login(CLERK, DEMO_PASSWORD);
        ModerationQueuePage queue = ModerationQueuePage.ofMeeting(browser, meeting);
        assertEquals("", queue.bulkDecision(), "no decision is preselected");
        for (String t : List.of(first, second)) {
            queue.tick(t);
        }
        queue.applyBulk();
        assertTrue(browser.body().contains("Choose what to do with the selected comments"), browser.body());

        queue.chooseBulkDecision("REJECT").applyBulk();
        assertTrue(browser.body().contains("A rejection needs a reason"), browser.body());
        assertEquals("REJECT", queue.bulkDecision(), "the decision the clerk chose stays chosen");
        for (String t : List.of(first, second)) {
            assertTrue(queue.ticked(t), t + " stays ticked");
        }

        queue.chooseBulkDecision("PUBLISH").chooseFirstBulkReason().applyBulk();
        assertTrue(browser.body().contains("A reason goes with a rejection only"), browser.body());
        assertEquals("RECEIVED", status(first), "a reason with Publish publishes nothing");
        assertEquals("RECEIVED", status(second));

        queue.chooseBulkDecision("REJECT").applyBulk();
        assertTrue(browser.body().contains("2 comments: Rejected."), browser.body());
        assertEquals("REJECTED", status(first));
        assertEquals("REJECTED", status(second));
    }

    @Test
    void aClerkModeratesAMixedQueueFromTheKeyboard_RejectsWithAMailRedactsTheSuggestedSpansAndUndoes()
            throws Exception {
        long item = moderatedItem();
        long meeting = meetingOf(item);
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
        ModerationQueuePage queue = ModerationQueuePage.ofMeeting(browser, meeting);
        assertTrue(queue.shortcuts().contains("Keyboard shortcuts"));
        browser.assertAccessible("the moderation queue with its shortcuts and bulk actions");
        int actions = 0;
        // j through the queue: select the clean letters, reject the obscene one with a reason, redact the phone one
        boolean redactedOne = false;
        for (int step = 0; step < 12 && !(redactedOne && status(obscene).equals("REJECTED")); step++) {
            keys("j");
            actions++;
            String t = queue.rowInFocus();
            if (t == null) {
                break;
            }
            if (t.equals(obscene) && status(obscene).equals("RECEIVED")) {
                // one key (p) does not publish what was flagged obscene unasked: it asks, and "no" leaves it waiting
                keys("p");
                Question ask = Question.asked(browser);
                assertTrue(ask.text().contains("flagged as obscene or threatening"), ask.text());
                ask.dismiss();
                assertEquals("RECEIVED", status(obscene));
                keys("e");
                ModerationQueuePage.FocusedField reason = queue.focusedField();
                assertEquals("reason", reason.name(), "e puts the focus on the row's reason");
                reason.keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
                assertEquals("obscenity", reason.value());
                reason.enter();
                actions += 4;
                assertTrue(browser.body().contains("Comment " + obscene + ": Rejected."), browser.body());
                assertEquals(obscene, String.join(",", queue.undoable()));
                assertTrue(queue.rowInFocus() != null, "the focus comes back to the queue after the reload");
            } else if (t.equals(phone) && !redactedOne) {
                browser.markPage();
                keys("h");
                browser.awaitNewPage();
                actions++;
                assertTrue(browser.url().contains("comment.xhtml?t=" + phone), browser.url());
                CommentDecisionPage comment = CommentDecisionPage.shown(browser);
                assertEquals("A comment to decide on", browser.heading(), "the clerk's page, not a receipt");
                assertTrue(comment.backToQueue().contains("clerk/queue.xhtml?meeting="));
                assertTrue(comment.suggestedRedaction().contains("312-555-0142"));
                browser.assertAccessible("the comment with a suggested redaction");
                comment.redactSuggested();
                actions++;
                assertTrue(browser.body().contains("One passage redacted."), browser.body());
                assertEquals(
                        "My neighbour at [redacted: personal information] agrees: too high.", comment.publicText());
                comment.decide("PUBLISHED");
                actions += 2;
                assertEquals(3, comment.trailRows() + 1, "the trail: redacted, published");
                browser.assertAccessible("the comment with its audit trail");
                ModerationQueuePage.ofMeeting(browser, meeting);
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
        assertEquals("TR", queue.focusedTag(), "the focus stays in the queue, on the next comment, not at the top");
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
                clean.contains(queue.focusedRow()),
                "the focus goes to a comment the undo brought back: " + queue.focusedRow());
        browser.assertAccessible("the queue after an undo");
        keys("A");
        keysAndWait("P");
        actions += 4;
        for (String t : clean) {
            assertEquals("PUBLISHED", status(t), t);
        }
        assertEquals("RECEIVED", status(unredacted));
        assertEquals(
                Set.of(unredacted, rude), queue.waiting(), "only the two flagged ones still wait, for a decision each");
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
        ModerationQueuePage itsQueue = ModerationQueuePage.ofItem(browser, another);
        assertEquals(first, itsQueue.highlighted());
        keysAndWait("p");
        assertEquals("PUBLISHED", status(first), "p on a queue just opened");
        assertEquals(second, itsQueue.focusedRow(), "the next comment takes the focus");
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
        TrackingPage published = TrackingPage.open(browser, reported);
        assertEquals("A letter some residents object to", published.publicText());
        browser.assertAccessible("a published comment with the report form");
        published.report();
        assertTrue(
                published.problemWithReport().contains("not a reason of the posting policy")
                        || browser.body().contains("reason"),
                browser.body());
        published.reportReason("off-topic").report();
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
            published = TrackingPage.open(browser, reported);
        } while (!published.status().contains("hidden") && System.nanoTime() < until);
        assertEquals("Published (hidden while a clerk reviews reports about it)", published.status());
        assertFalse(published.showsPublicText(), "the hidden text is not shown");
        ItemPage.open(browser, item);
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
        TrackingPage author = TrackingPage.open(browser, rejected);
        author.appeal();
        assertTrue(author.problemWithAppeal().contains("Write a message"), browser.body());
        author.appeal("The parks budget is part of this levy.");
        assertTrue(author.appealSent().contains("Your appeal was sent on"), browser.body());
        assertFalse(author.offersAppeal(), "an appeal is sent once");
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
        long meeting = meetingOf(item);
        assertEquals(
                200,
                as(CLERK)
                        .send(
                                "PUT",
                                "api/v1/clerk/meetings/" + meeting + "/speakers/rules",
                                json("maxPerItem", 1, "secondsPerSpeaker", 120))
                        .statusCode());
        ItemPage.open(browser, item);
        browser.click("Sign up to speak on this item");
        SpeakPage speak = SpeakPage.shown(browser);
        assertTrue(
                speak.rules().contains("2 minutes per speaker."), "in the unit the status page uses: " + speak.rules());
        browser.assertAccessible("the sign-up to speak page");
        String email = "speaker-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        speak.signUp();
        assertTrue(
                speak.problems().startsWith("There are 3 problems with this form"),
                "one submit names every problem, the address too: " + speak.problems());
        assertTrue(speak.problemWith("email").contains("Enter an e-mail address"), speak.problemWith("email"));
        // (the browser itself stops "not an address" in an e-mail field; one it lets through is named by Podium)
        speak.email("jorge@localhost").signUp();
        assertTrue(speak.problemWith("email").contains("Enter a valid e-mail address"), speak.problemWith("email"));
        speak.email(email).name("Jorge Ramírez").signUp();
        assertTrue(speak.problemWith("mode").contains("Choose how you will speak"), browser.body());
        // issue 19, bug 2: a position is chosen on purpose ("rather not say" included), never left silently empty
        assertTrue(speak.problemWith("position").contains("Choose your position on the item"), browser.body());
        // the problems also at the top, linked to their fields, and the focus there (not below the fold)
        assertTrue(speak.problems().startsWith("There are 2 problems with this form"), speak.problems());
        assertTrue(speak.problemsHaveFocus(), "the focus is on " + browser.focusedId());
        assertEquals(2, speak.problemLinksTo("mode", "position"));
        assertEquals(email, speak.typed("email"), "nothing typed is lost");
        speak.mode("IN_PERSON");
        Rectangle before = speak.positionBox("SUPPORT");
        speak.focusPosition("SUPPORT");
        assertEquals(
                before, speak.positionBox("SUPPORT"), "a radio button does not move or grow when it takes the focus");
        assertTrue(before.getHeight() >= 18 && before.getWidth() >= 18, "big enough to hit: " + before);
        speak.position("SUPPORT").signUp();
        SpeakerPage signUp = SpeakerPage.shown(browser);
        assertTrue(signUp.isShown(), browser.body());
        // issue 21: no place before the address is confirmed, and the page says how
        assertTrue(signUp.status().startsWith("waiting for you to confirm your e-mail address"), signUp.status());
        assertTrue(signUp.unconfirmedNote().contains("Open its link"), signUp.unconfirmedNote());
        assertFalse(signUp.offersConfirm(), "confirmed only from the mail, not from this page");
        browser.assertAccessible("the sign-up's page, unconfirmed");
        MimeMessage first = Mailbox.await(email, "Your sign-up to speak");
        Matcher confirmLink = Pattern.compile("(https?://\\S+/speaker\\.xhtml\\?c=SPK-[0-9A-Z-]+&k=[A-Za-z0-9_-]+"
                        + "&confirm=[A-Za-z0-9_-]+)")
                .matcher((String) first.getContent());
        assertTrue(confirmLink.find(), (String) first.getContent());
        browser.driver.get(confirmLink.group(1));
        assertTrue(signUp.status().startsWith("waiting for you"), "opening the link changes nothing");
        signUp.confirm();
        assertTrue(browser.body().contains("Your e-mail address is confirmed"), browser.body());
        assertTrue(browser.url().contains("c=SPK-"), "the page keeps its address: a reload shows the sign-up again");
        assertEquals("confirmed, number 1", signUp.status());
        assertEquals("2 minutes", signUp.time(), "time in the unit people use");
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
        assertEquals("confirmed, number 1", signUp.status());
        signUp.withdraw();
        assertEquals("withdrawn", signUp.status());
        assertTrue(browser.body().contains("Your sign-up is withdrawn."), browser.body());
        MimeMessage promoted = Mailbox.await(next, "You have a place to speak");
        assertTrue(((String) promoted.getContent()).contains("confirmed, number 1"), (String) promoted.getContent());

        // the clerk's page: the list, and the rules from a preset
        login(CLERK, DEMO_PASSWORD);
        ClerkMeetingPage.open(browser, meeting);
        browser.click("Speakers: rules and sign-ups");
        ClerkSpeakersPage speakers = ClerkSpeakersPage.shown(browser);
        assertTrue(
                speakers.signUps().contains("withdrawn") && speakers.signUps().contains("confirmed, number 1"),
                speakers.signUps());
        assertEquals("120", speakers.secondsPerSpeaker());
        browser.assertAccessible("the clerk's speakers page");
        speakers.applyPreset("long-beach");
        assertTrue(
                browser.url().contains("meeting="),
                "the page keeps its meeting in the address: a reload opens it again, " + browser.url());
        assertEquals("180", speakers.secondsPerSpeaker());
        assertEquals("20", speakers.maxPerItem());
        speakers.secondsPerSpeaker("5").save();
        assertTrue(speakers.problemWith("secondsPerSpeaker").contains("10 to 3,600 seconds"), browser.body());
        speakers.secondsPerSpeaker("150").save();
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

    /** Found by a clerk trying the console: Enter in the walk-in's name pressed "Make it the current item" and
     * ended the speaker's turn; so did pressing that button again on the item already on. */
    @Test
    void enterInAWalkInsNameAddsThem_AndChoosingTheCurrentItemAgainEndsNoOnesTurn() throws Exception {
        long item = moderatedItem();
        long meeting = meetingOf(item);
        String ana = "ana-" + UUID.randomUUID() + "@example.org";
        SignUps.confirmed(new Http(base.toString()), item, SignUps.body("Ana Ruiz", ana, "IN_PERSON"), ana);
        login(CLERK, DEMO_PASSWORD);
        ChamberConsole console = ChamberConsole.open(browser, meeting).showItem(item);
        keysAndWait("n");
        browser.until(5, () -> LiveLine.shown(browser).speaker().equals("Ana Ruiz"));

        console.showItem(item);
        browser.until(5, () -> !LiveLine.shown(browser).speaker().isEmpty());
        assertEquals("Ana Ruiz", LiveLine.shown(browser).speaker(), "the item already on: Ana speaks on");

        console.addWalkInWithEnter("Nguyễn Phương");
        assertTrue(console.line().contains("Nguyễn Phương"), console.line());
        JsonObject state = Http.object(as(CLERK).get("api/v1/meetings/" + meeting + "/live"));
        assertEquals("Ana Ruiz", state.getJsonObject("current").getString("name"), state.toString());
    }

    @Test
    void theConsoleInOneWindowAndThePublicDisplayInAnother_TheDisplayFollowsWithoutAReload() throws Exception {
        long item = moderatedItem();
        long meeting = meetingOf(item);
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
            LiveLine chamber = LiveLine.openDisplay(display, meeting);
            display.markPage();
            display.assertAccessible("the chamber display");

            login(CLERK, DEMO_PASSWORD);
            ChamberConsole console = ChamberConsole.open(browser, meeting).showItem(item);
            assertTrue(console.line().contains("Ana Ruiz"), browser.body());
            browser.assertAccessible("the live console");
            keysAndWait("n");

            display.until(5, () -> chamber.speaker().equals("Ana Ruiz"));
            assertEquals("Speaker 2", chamber.next(), "a withheld name is a number");
            assertTrue(chamber.timer().matches("0:\\d\\d"), chamber.timer());
            assertTrue(chamber.timerIs("amber"), "under 30 seconds: amber");
            assertEquals("", chamber.timerState(), "running with time left: no words");
            assertEquals(Boolean.TRUE, display.stillMarked(), "the display was not reloaded");

            // a paused clock says so, in words, on the display and on the console
            keysAndWait("p");
            display.until(5, () -> chamber.timerState().equals("Paused"));
            browser.until(5, () -> LiveLine.shown(browser).timerState().equals("Paused"));
            keysAndWait("p");
            display.until(5, () -> !chamber.timerState().equals("Paused")); // running again (or over time by now)

            keysAndWait("n");
            display.until(5, () -> chamber.speaker().equals("Speaker 2"));
            assertEquals("", chamber.next());
            display.until(20, () -> chamber.timerIs("red"));
            assertTrue(chamber.timer().startsWith("−"), "over time counts on: " + chamber.timer());
            assertEquals("Time is up", chamber.timerState());
            assertEquals(Boolean.TRUE, display.stillMarked());
            display.assertAccessible("the chamber display while someone speaks");

            // a council member follows the same line from the council's pages, pushed the same way
            try (Browser council = new Browser(base.toString())) {
                LoginPage.open(council).signedInAs(Deployments.COUNCIL, DEMO_PASSWORD);
                CouncilMeetingsPage.open(council).openLive(meeting);
                LiveLine followed = LiveLine.shown(council);
                council.until(10, () -> followed.speaker().equals("Speaker 2"));
                council.assertAccessible("the council member's view of the speakers");
                council.markPage();
                assertEquals(
                        200,
                        as(CLERK)
                                .post(
                                        "api/v1/clerk/meetings/" + meeting + "/live",
                                        json("action", "WALK_IN", "name", "Carla"))
                                .statusCode());
                council.until(5, () -> followed.next().equals("Carla"));
                assertEquals(Boolean.TRUE, council.stillMarked(), "pushed, not reloaded");
                // issue 19, bug 4: no total time under these rules, and "NaN:NaN" where it would be
                for (Browser b : List.of(display, council, browser)) {
                    LiveLine line = LiveLine.shown(b);
                    assertFalse(line.total().contains("NaN") || b.body().contains("NaN"), line.total());
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
                    LiveLine line = LiveLine.shown(b);
                    b.until(
                            5,
                            () -> line.speaker().equals("The meeting has adjourned.")
                                    && line.timer().isEmpty());
                    assertEquals("", line.next(), "nobody is called after the gavel");
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
        String text = "Polyglot " + UUID.randomUUID();
        String tracking = ItemPage.open(browser, item)
                .write(text, UUID.randomUUID() + "@example.org")
                .choose("NEUTRAL")
                .attach(polyglot)
                .preview()
                .send();

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
        CommentDecisionPage.open(browser, tracking);
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

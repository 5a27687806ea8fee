package org.podium.it.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Fixtures.addItem;
import static org.podium.it.Fixtures.assertProblem;
import static org.podium.it.Fixtures.createMeeting;
import static org.podium.it.Fixtures.json;
import static org.podium.it.Fixtures.publish;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.it.DeployedTest;
import org.podium.it.Deployments;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.Pdfs;

/**
 * The key points of an item on the real stack: proposed and matched in the background as comments arrive, a form
 * letter and its variants one point counting every copy, a point made once still listed, the public shown published
 * comments only, a clerk's rename and merge kept through a new proposal, and the edits' refusals.
 */
class KeyPointsIT extends DeployedTest {

    static final String LEVY = "Ordinance: 2027 property tax levy increase of $60 million";

    static final List<String> PENSION = List.of(
            "The pension contributions must be audited before the council raises any tax on homeowners.",
            "Audit the pension fund contributions first, then come back to us about a levy.",
            "Nobody has audited the pension contributions yet; do that before asking residents for more money.");

    static final String ONCE =
            "The vote should wait until after the spring election so that the new council decides it.";

    static final List<String> SUPPORT = List.of(
            "Our libraries and parks have been neglected for a decade and the levy finally pays for them.",
            "The libraries and the parks need this money; the levy restores their hours.",
            "I support the levy because the parks and libraries of this city deserve better.");

    long meeting;
    long item;

    @BeforeEach
    void agenda() {
        meeting = createMeeting(
                clerk(), "Levy hearing " + UUID.randomUUID(), Instant.now().plus(31, ChronoUnit.DAYS));
        item = addItem(clerk(), meeting, "1", LEVY);
        publish(clerk(), meeting);
    }

    String submit(String position, String text) {
        HttpResponse<String> r = anonymous()
                .post(
                        "api/v1/items/" + item + "/comments",
                        json(
                                "position",
                                position,
                                "text",
                                text,
                                "email",
                                Fixtures.uniqueEmail("kp"),
                                "name",
                                "Resident " + UUID.randomUUID().toString().substring(0, 6)));
        assertEquals(201, r.statusCode(), r.body());
        return Http.object(r).getString("trackingNumber");
    }

    String published(String position, String text) {
        String t = submit(position, text);
        HttpResponse<String> r = clerk().post("api/v1/clerk/comments/" + t + "/decision", json("decision", "PUBLISH"));
        assertEquals(200, r.statusCode(), r.body());
        return t;
    }

    /** Six copies of the form letter, the last ones changed a little, all published. */
    List<String> formLetters() {
        List<String> copies = new ArrayList<>();
        copies.add(published("OPPOSE", Fixtures.FORM_LETTER));
        copies.add(published("OPPOSE", Fixtures.FORM_LETTER));
        copies.add(published("OPPOSE", Fixtures.FORM_LETTER.toUpperCase(Locale.ROOT) + " Signed, John Smith."));
        copies.add(published("OPPOSE", Fixtures.FORM_LETTER + " Thank you."));
        copies.add(published("OPPOSE", "Hello. " + Fixtures.FORM_LETTER));
        copies.add(published("OPPOSE", Fixtures.FORM_LETTER.replace("sixty million", "60 million")));
        return copies;
    }

    JsonObject keyPoints(Http who) {
        HttpResponse<String> r = who.get("api/v1/items/" + item + "/key-points");
        assertEquals(200, r.statusCode(), r.body());
        return Http.object(r);
    }

    JsonObject summaryKeyPoints(Http who) {
        HttpResponse<String> r = who.get("api/v1/items/" + item + "/summary");
        assertEquals(200, r.statusCode(), r.body());
        return Http.object(r).getJsonObject("keyPoints");
    }

    /** Per side: how many points made once, and each point's wording with how many comments and texts make it. */
    static String sides(JsonObject view) {
        StringBuilder out = new StringBuilder();
        for (JsonValue s : view.getJsonArray("sides")) {
            JsonObject side = s.asJsonObject();
            out.append(side.getString("side"))
                    .append(" once ")
                    .append(side.getJsonNumber("madeOnceTotal").longValue());
            for (String list : List.of("points", "madeOnce")) {
                for (JsonValue p : side.getJsonArray(list)) {
                    JsonObject point = p.asJsonObject();
                    out.append(" | ")
                            .append(point.get("text"))
                            .append(' ')
                            .append(point.getJsonNumber("comments").longValue())
                            .append('/')
                            .append(point.getJsonNumber("texts").longValue());
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The key points once they satisfy {@code ready} (read in the background within seconds). */
    JsonObject awaitKeyPoints(Http who, Predicate<JsonObject> ready, String what) throws InterruptedException {
        JsonObject[] last = {null};
        Fixtures.await("the key points show " + what, 90, () -> ready.test(last[0] = keyPoints(who)));
        return last[0];
    }

    static List<JsonObject> points(JsonObject view, String side, String list) {
        for (JsonValue s : view.getJsonArray("sides")) {
            if (s.asJsonObject().getString("side").equals(side)) {
                return s.asJsonObject().getJsonArray(list).stream()
                        .map(JsonValue::asJsonObject)
                        .toList();
            }
        }
        return List.of();
    }

    static List<String> numbers(JsonObject point) {
        return point.getJsonArray("trackingNumbers").stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
    }

    /** The point of a side that lists every one of these comments, if any. */
    static JsonObject pointWith(JsonObject view, String side, List<String> comments) {
        return points(view, side, "points").stream()
                .filter(p -> numbers(p).containsAll(comments))
                .findFirst()
                .orElse(null);
    }

    /** Every quote of a view: under its points and its points made once, both sides. */
    static List<JsonObject> quotes(JsonObject view) {
        List<JsonObject> out = new ArrayList<>();
        for (String side : List.of("OPPOSE", "SUPPORT")) {
            for (String list : List.of("points", "madeOnce")) {
                points(view, side, list)
                        .forEach(p -> p.getJsonArray("quotes").stream()
                                .map(JsonValue::asJsonObject)
                                .forEach(out::add));
            }
        }
        return out;
    }

    static boolean listed(JsonObject view, String side, String tracking) {
        return points(view, side, "points").stream().anyMatch(p -> numbers(p).contains(tracking))
                || points(view, side, "madeOnce").stream()
                        .anyMatch(p -> numbers(p).contains(tracking));
    }

    @Test
    void aFormLetterAndItsVariantsAreOnePointCountingEveryCopyAndAPointMadeOnceIsStillListed() throws Exception {
        List<String> copies = new ArrayList<>();
        List<String> pension = new ArrayList<>();
        List<String> support = new ArrayList<>();
        List<String> made = new ArrayList<>();
        Fixtures.withUnverifiedPublished(admin(), () -> {
            copies.addAll(formLetters());
            PENSION.forEach(t -> pension.add(published("OPPOSE", t)));
            made.add(published("OPPOSE", ONCE));
            SUPPORT.forEach(t -> support.add(published("SUPPORT", t)));
            made.add(submit("OPPOSE", "Nobody audited the pension contributions UNPUBLISHED-" + UUID.randomUUID()));
            made.add(submit(
                    "OPPOSE",
                    "Snow on our side streets was not cleared for nine days. UNPUBLISHED-" + UUID.randomUUID()));
        });
        String once = made.get(0);
        String unpublished = made.get(1);
        String snow = made.get(2);
        Fixtures.grouped(clerk(), copies.get(copies.size() - 1));

        JsonObject staff = awaitKeyPoints(
                clerk(),
                v -> pointWith(v, "OPPOSE", copies) != null
                        && listed(v, "OPPOSE", once)
                        && listed(v, "OPPOSE", unpublished)
                        && listed(v, "OPPOSE", snow)
                        && pension.stream().allMatch(t -> listed(v, "OPPOSE", t)),
                "the form letter's point");

        JsonObject letter = pointWith(staff, "OPPOSE", copies);
        assertTrue(Fixtures.FORM_LETTER.contains(letter.getString("text")), "a sentence of the letter: " + letter);
        assertEquals(numbers(letter).size(), letter.getInt("comments"), "counted as listed: " + letter);
        assertEquals(numbers(letter).size(), numbers(letter).stream().distinct().count(), "each copy once: " + letter);
        assertTrue(letter.getInt("comments") >= copies.size(), "every copy counted: " + letter);
        assertTrue(letter.getInt("texts") < letter.getInt("comments"), "copies count once as a text: " + letter);
        assertEquals(
                Math.min(2, letter.getInt("texts")),
                letter.getJsonArray("quotes").size(),
                "two typical quotes, one per distinct text: " + letter);
        assertNotNull(letter.getJsonNumber("id"), "staff see the point's id");
        assertEquals(
                1,
                points(staff, "OPPOSE", "points").stream()
                        .filter(p -> numbers(p).contains(copies.get(0)))
                        .filter(p -> Fixtures.FORM_LETTER.contains(p.getString("text")))
                        .count(),
                "the letter is one point, not one per variant: " + staff);
        assertTrue(
                points(staff, "OPPOSE", "points").get(0).getInt("comments") >= letter.getInt("comments"),
                "by comments, most first: " + staff);
        // staff read unpublished comments too, and each quote says whether the public reads it
        JsonObject snowOnce = points(staff, "OPPOSE", "madeOnce").stream()
                .filter(p -> numbers(p).contains(snow))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a point made once, by a comment not published: " + staff));
        assertFalse(snowOnce.getJsonArray("quotes").getJsonObject(0).getBoolean("published"), snowOnce.toString());
        List<String> publishedOnes = new ArrayList<>(pension);
        publishedOnes.addAll(support);
        publishedOnes.add(once);
        for (JsonObject q : quotes(staff)) {
            if (publishedOnes.contains(q.getString("trackingNumber"))) {
                assertTrue(q.getBoolean("published"), "a published comment's quote: " + q);
            }
        }
        // no comment of one side under the other
        for (String t : support) {
            assertFalse(listed(staff, "OPPOSE", t), t + " is in favour");
            assertTrue(listed(staff, "SUPPORT", t), t + " is listed in favour");
        }

        // the public: published comments only
        JsonObject pub = awaitKeyPoints(
                anonymous(), v -> pointWith(v, "OPPOSE", copies) != null, "the letter's point to the public");
        assertFalse(pub.toString().contains(unpublished), "an unpublished comment is not listed: " + pub);
        assertFalse(pub.toString().contains("UNPUBLISHED-"), "nor quoted");
        assertTrue(quotes(pub).stream().allMatch(q -> q.getBoolean("published")), "the public's quotes: " + pub);
        assertTrue(listed(pub, "OPPOSE", once), "made once, still listed: " + pub);
        assertEquals(
                pointWith(staff, "OPPOSE", copies).getString("text"),
                pointWith(pub, "OPPOSE", copies).getString("text"));

        // every comment of a point, a page at a time (a view lists the first 500): the public reads published ones
        // only, staff every one counted; a point of no item, or a bad page size, is refused with a reason
        JsonObject pubLetter = pointWith(pub, "OPPOSE", copies);
        long letterId = pubLetter.getJsonNumber("id").longValue();
        assertEquals(letter.getJsonNumber("id").longValue(), letterId, "the same point for both");
        assertEquals(numbers(pubLetter), everyMaker(anonymous(), letterId, 2), "the public's pages: " + pubLetter);
        assertEquals(numbers(letter), everyMaker(clerk(), letterId, 3), "staff's pages: " + letter);
        HttpResponse<String> none = anonymous().get("api/v1/items/" + item + "/key-points/999999999/comments");
        assertEquals(404, none.statusCode(), none.body());
        HttpResponse<String> big =
                anonymous().get("api/v1/items/" + item + "/key-points/" + letterId + "/comments?size=5000");
        assertEquals(400, big.statusCode(), big.body());
        assertTrue(big.body().contains("size"), big.body());

        // the summary counts a side's comments and texts from its own tally, the key points' API with a query of its
        // own: both say the same, to staff and to the public
        for (Http who : List.of(clerk(), anonymous())) {
            String[] last = {null};
            Fixtures.await(
                    "the summary's key points are the key points' API's",
                    90,
                    () -> (last[0] = sides(summaryKeyPoints(who))).equals(sides(keyPoints(who))));
            assertTrue(last[0].contains("OPPOSE"), last[0]);
        }

        // and the council's summary page leads with them
        Http council = anonymous();
        council.login(Deployments.COUNCIL, Deployments.DEMO_PASSWORD);
        HttpResponse<String> page = council.get("council/summary.xhtml?item=" + item);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"keyPoints\""), "the key points section");
        assertTrue(
                page.body().indexOf("id=\"keyPoints\"") < page.body().indexOf("id=\"positionsHeading\""),
                "before the positions");
        assertTrue(page.body().contains(copies.get(0)), "a copy's tracking number is linked");
        assertTrue(page.body().contains("not published yet"), "a quote no clerk has published says so");
        assertTrue(
                page.body().matches("(?s).*Counted on \\w{3} \\d{1,2} \\w{3} \\d{4}, \\d{1,2}:\\d{2}:\\d{2} [AP]M;.*"),
                "the day it was counted, not the time alone");

        // the brief leads with them too (a real PDF, read back)
        String brief = Pdfs.text(
                council.getBytes("api/v1/items/" + item + "/brief.pdf?lang=en").body());
        assertTrue(brief.contains("Keypoints") && brief.indexOf("Keypoints") < brief.indexOf("Positions"), brief);
        assertTrue(squeezed(brief).contains(squeezed(letter.getString("text"))), brief);

        // and the record's appendix, once the meeting is over: published comments only, every copy by number (the
        // comment kept for the record only is in the record, with its text, but not among the key points)
        for (String t : List.of(unpublished, snow)) {
            HttpResponse<String> kept =
                    clerk().post("api/v1/clerk/comments/" + t + "/decision", json("decision", "RECORD_ONLY"));
            assertEquals(200, kept.statusCode(), kept.body());
        }
        Fixtures.finalizeRecord(clerk(), meeting);
        String record = Pdfs.text(Pdfs.record(anonymous(), meeting).body());
        assertTrue(record.contains("Keypoints"), record);
        assertTrue(record.indexOf("Keypoints") < record.indexOf("DearCouncilMembers"), "they lead: " + record);
        assertTrue(record.contains(squeezed(letter.getString("text"))), record);
        for (String copy : copies) {
            assertTrue(record.contains(copy), copy + " listed under its point");
        }
        assertTrue(record.contains("(madeonce)"), record);
        String points = record.substring(record.indexOf("Keypoints"), record.indexOf("DearCouncilMembers"));
        assertFalse(points.contains(unpublished), "not published, not among the key points: " + points);
        assertFalse(points.contains("UNPUBLISHED-"), points);
        assertTrue(record.contains(unpublished), "but in the record, kept for it");
    }

    /**
     * The counts come from the matches, not from reading every comment: a copy rejected after its point lists it
     * leaves the point's count and list, for the public and for staff, and a reading that follows does not bring it
     * back.
     */
    @Test
    void aCommentRejectedAfterItsPointListsItLeavesTheCountsAndTheLists() throws Exception {
        List<String> copies = new ArrayList<>();
        Fixtures.withUnverifiedPublished(admin(), () -> {
            copies.addAll(formLetters());
            PENSION.forEach(t -> published("OPPOSE", t));
        });
        Fixtures.grouped(clerk(), copies.get(copies.size() - 1));
        JsonObject pub = awaitKeyPoints(
                anonymous(), v -> pointWith(v, "OPPOSE", copies) != null, "every copy under the letter's point");
        int before = pointWith(pub, "OPPOSE", copies).getInt("comments");
        String gone = copies.get(1);
        HttpResponse<String> r = clerk().post(
                        "api/v1/clerk/comments/" + gone + "/decision",
                        json("decision", "REJECT", "reason", "off-topic"));
        assertEquals(200, r.statusCode(), r.body());
        List<String> rest = copies.stream().filter(t -> !t.equals(gone)).toList();
        for (Http who : List.of(anonymous(), clerk())) {
            JsonObject v = awaitKeyPoints(
                    who,
                    x -> pointWith(x, "OPPOSE", rest) != null
                            && !listed(x, "OPPOSE", gone)
                            && pointWith(x, "OPPOSE", rest).getInt("comments")
                                    == numbers(pointWith(x, "OPPOSE", rest)).size(),
                    "the rejected copy gone");
            JsonObject letter = pointWith(v, "OPPOSE", rest);
            assertFalse(numbers(letter).contains(gone), "not listed: " + letter);
            assertEquals(numbers(letter).size(), letter.getInt("comments"), "counted as listed: " + letter);
        }
        // a comment filed after: the reading that lists it keeps the rejected copy out
        List<String> later = new ArrayList<>();
        Fixtures.withUnverifiedPublished(
                admin(),
                () -> later.add(
                        published("OPPOSE", "The levy is the largest increase in a generation " + UUID.randomUUID())));
        JsonObject after = awaitKeyPoints(
                anonymous(),
                x -> listed(x, "OPPOSE", later.get(0)) && pointWith(x, "OPPOSE", rest) != null,
                "a reading after the new comment");
        assertFalse(listed(after, "OPPOSE", gone), "still gone: " + after);
        assertTrue(pointWith(after, "OPPOSE", rest).getInt("comments") <= before - 1, "one fewer: " + after);
    }

    /** Every tracking number of a point, read {@code size} at a time from its comments' pages. */
    List<String> everyMaker(Http who, long pointId, int size) {
        List<String> out = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            HttpResponse<String> r = who.get(
                    "api/v1/items/" + item + "/key-points/" + pointId + "/comments?page=" + page + "&size=" + size);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject p = Http.object(r);
            List<String> numbers = numbers(p);
            assertTrue(numbers.size() <= size, "a page at most: " + p);
            out.addAll(numbers);
            if (numbers.size() < size) {
                assertEquals(out.size(), p.getInt("comments"), "every one counted: " + p);
                return out;
            }
        }
        throw new AssertionError("no last page");
    }

    /** A text as {@link Pdfs#text} gives a PDF's: without white space (lines break where the page is narrow). */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /**
     * The sentence model at work in the server: a clerk's point is found in comments that say it in other words (the
     * words alone give these two pairs 0.47 and 0.49, below the 0.5 that decides; docs/analysis.md).
     */
    @Test
    void aClerksPointIsFoundInCommentsThatSayItInOtherWords() throws Exception {
        String inspect = submit("OPPOSE", "Someone should inspect the retirement fund accounts before any tax hike.");
        String examine =
                submit("OPPOSE", "Have an outside firm examine the retirement funds before raising our taxes.");
        String afford = submit("OPPOSE", "Working people simply cannot afford a bigger tax bill.");
        String burden = submit("OPPOSE", "The burden on homeowners is already unbearable.");
        awaitKeyPoints(clerk(), v -> listed(v, "OPPOSE", burden), "the comments read");

        String audit = "The pension funds should be audited before any increase.";
        HttpResponse<String> added =
                clerk().post("api/v1/clerk/items/" + item + "/key-points", json("side", "OPPOSE", "text", audit));
        assertEquals(201, added.statusCode(), added.body());
        long id = Http.object(added).getJsonArray("ids").getJsonNumber(0).longValue();

        JsonObject view = awaitKeyPoints(
                clerk(),
                v -> points(v, "OPPOSE", "points").stream()
                        .anyMatch(p -> p.getJsonNumber("id").longValue() == id
                                && !numbers(p).isEmpty()),
                "the clerk's point matched");
        JsonObject point = points(view, "OPPOSE", "points").stream()
                .filter(p -> p.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertTrue(numbers(point).containsAll(List.of(inspect, examine)), "both say it in other words: " + point);
        assertFalse(numbers(point).contains(afford), "what one can afford is another point: " + point);
        assertFalse(numbers(point).contains(burden), point.toString());
        // none of its comments is published: the public is not shown the point, nor its comments' page
        assertFalse(keyPoints(anonymous()).toString().contains(audit), "not listed to the public");
        HttpResponse<String> hidden = anonymous().get("api/v1/items/" + item + "/key-points/" + id + "/comments");
        assertEquals(404, hidden.statusCode(), hidden.body());
        assertEquals(
                200,
                clerk().get("api/v1/items/" + item + "/key-points/" + id + "/comments")
                        .statusCode(),
                "staff read its comments");
    }

    /**
     * Staff read the key points before any clerk has moderated the comments: what the pre-screen suggests to redact (a
     * phone number) is not quoted, nor made a point's wording, though the comment is counted (it was quoted in full on
     * the council's summary and its one-page brief).
     */
    /**
     * A side on which no point is made twice says so above "Made once", on the council's summary and on the clerk's
     * key points page alike, and both mark a point of a comment no clerk has published.
     */
    @Test
    void aSideWithOnlyPointsMadeOnceSaysSoAndMarksAnUnpublishedOne() throws Exception {
        String once =
                submit("OPPOSE", "Snow on our side streets was not cleared for nine days; fix that before a levy.");
        awaitKeyPoints(clerk(), v -> listed(v, "OPPOSE", once), "the point made once");
        Http council = anonymous();
        council.login(Deployments.COUNCIL, Deployments.DEMO_PASSWORD);
        Http clerkPages = anonymous();
        clerkPages.login(Deployments.CLERK, Deployments.DEMO_PASSWORD);
        for (HttpResponse<String> page : List.of(
                council.get("council/summary.xhtml?item=" + item),
                clerkPages.get("clerk/keypoints.xhtml?item=" + item))) {
            String body = page.body();
            assertEquals(200, page.statusCode(), page.uri().toString());
            assertTrue(body.contains(once), "the comment is linked: " + page.uri());
            assertTrue(
                    body.contains("No point on this side was made by more than one comment yet"),
                    "the side says no point is shared: " + page.uri());
            assertTrue(
                    body.contains("(<em class=\"unpublished\">not published yet</em>)"),
                    "the unpublished comment's point is marked: " + page.uri());
        }
    }

    @Test
    void aPhoneNumberNoClerkHasLookedAtIsNeitherQuotedNorAPointsWording() throws Exception {
        List<String> made = new ArrayList<>();
        made.add(submit("OPPOSE", "My landlord already raised the rent twice. Call him yourself at (312) 555-0142."));
        made.add(submit("OPPOSE", "My landlord already raised the rent twice. Call him yourself at (312) 555-0142."));
        made.add(submit("OPPOSE", "Landlords already raised the rent twice this year; the levy means a third time."));
        JsonObject staff =
                awaitKeyPoints(clerk(), v -> made.stream().allMatch(t -> listed(v, "OPPOSE", t)), "the three comments");
        assertFalse(staff.toString().contains("555-0142"), "no phone number for staff either: " + staff);
        assertTrue(staff.toString().contains("My landlord already raised the rent twice."), staff.toString());

        // a council member following a point to a comment no clerk has decided on reads it, the number left out
        Http council = anonymous();
        council.login(Deployments.COUNCIL, Deployments.DEMO_PASSWORD);
        HttpResponse<String> page = council.get("comment.xhtml?t=" + made.get(0));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"receivedText\""), page.body());
        assertTrue(page.body().contains("Call him yourself at"), page.body());
        assertFalse(page.body().contains("555-0142"), page.body());
        // the public reads no text of it
        String stranger = anonymous().get("comment.xhtml?t=" + made.get(0)).body();
        assertFalse(stranger.contains("Call him yourself"), stranger);
    }

    @Test
    void aClerksRenameAndMergeStickThroughANewProposal() throws Exception {
        List<String> copies = new ArrayList<>();
        List<String> pension = new ArrayList<>();
        Fixtures.withUnverifiedPublished(admin(), () -> {
            copies.addAll(formLetters());
            PENSION.forEach(t -> pension.add(published("OPPOSE", t)));
        });
        Fixtures.grouped(clerk(), copies.get(copies.size() - 1));
        JsonObject first = awaitKeyPoints(
                clerk(),
                v -> pointWith(v, "OPPOSE", copies) != null && pension.stream().allMatch(t -> listed(v, "OPPOSE", t)),
                "the letter's point");
        JsonObject letter = pointWith(first, "OPPOSE", copies);
        String machineWording = letter.getString("text");
        long letterId = letter.getJsonNumber("id").longValue();

        // a clerk's own wording, and the machine's point merged into it
        HttpResponse<String> added = clerk().post(
                        "api/v1/clerk/items/" + item + "/key-points",
                        json("side", "OPPOSE", "text", "Seniors cannot afford another tax increase"));
        assertEquals(201, added.statusCode(), added.body());
        long mine = Http.object(added).getJsonArray("ids").getJsonNumber(0).longValue();
        HttpResponse<String> merged =
                clerk().post("api/v1/clerk/key-points/" + letterId + "/merge", json("into", mine));
        assertEquals(200, merged.statusCode(), merged.body());
        String renamed = "Audit the pension contributions before raising the levy " + UUID.randomUUID();
        JsonObject afterMerge = awaitKeyPoints(
                clerk(),
                v -> points(v, "OPPOSE", "points").stream()
                        .anyMatch(p -> p.getJsonNumber("id").longValue() == mine
                                && numbers(p).containsAll(copies)),
                "the merge");
        JsonObject pensionPoint = points(afterMerge, "OPPOSE", "points").stream()
                .filter(p -> p.getJsonNumber("id").longValue() != mine)
                .filter(p -> numbers(p).stream().anyMatch(pension::contains))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pension point: " + afterMerge));
        HttpResponse<String> rename = clerk().send(
                        "PATCH", "api/v1/clerk/key-points/" + pensionPoint.getJsonNumber("id"), json("text", renamed));
        assertEquals(200, rename.statusCode(), rename.body());

        // a new proposal, and the readings after it, keep both
        Instant before = Instant.parse(keyPoints(clerk()).getString("readAt"));
        assertEquals(
                202,
                clerk().post("api/v1/clerk/items/" + item + "/key-points/proposal", "{}")
                        .statusCode());
        JsonObject again = awaitKeyPoints(
                clerk(),
                v -> v.containsKey("readAt")
                        && Instant.parse(v.getString("readAt")).isAfter(before)
                        && points(v, "OPPOSE", "points").stream()
                                .anyMatch(p -> p.getString("text").equals(renamed)),
                "a reading after the proposal");
        JsonObject kept = points(again, "OPPOSE", "points").stream()
                .filter(p -> p.getJsonNumber("id").longValue() == mine)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the clerk's point is gone: " + again));
        assertTrue(numbers(kept).containsAll(copies), "the merged point's comments stay with it: " + kept);
        assertTrue(kept.getBoolean("byClerk"));
        assertFalse(
                points(again, "OPPOSE", "points").stream()
                        .anyMatch(p -> p.getString("text").equals(machineWording)),
                "the merged wording is not proposed again: " + again);
        JsonObject renamedPoint = points(again, "OPPOSE", "points").stream()
                .filter(p -> p.getString("text").equals(renamed))
                .findFirst()
                .orElseThrow();
        assertTrue(renamedPoint.getBoolean("byClerk"));
        assertTrue(numbers(renamedPoint).stream().anyMatch(pension::contains), renamedPoint.toString());
        // the public sees the clerk's wordings (they are no resident's words to check against a published text)
        JsonObject pub = awaitKeyPoints(
                anonymous(),
                v -> points(v, "OPPOSE", "points").stream()
                        .anyMatch(p -> p.getString("text").equals(renamed)),
                "the renamed point to the public");
        assertFalse(pub.toString().contains(machineWording + "\""), "not the merged wording as a point");
    }

    @Test
    void editsAreRefusedWithAReasonAndOnlyClerksMayEdit() throws Exception {
        String path = "api/v1/clerk/items/" + item + "/key-points";
        assertProblem(clerk().post(path, json("side", "NEUTRAL", "text", "A point")), 400, "side");
        assertProblem(clerk().post(path, json("side", "OPPOSE", "text", " a ")), 400, "text");
        assertProblem(clerk().post(path, json("side", "OPPOSE", "text", "x".repeat(501))), 400, "text");
        assertEquals(
                404,
                clerk().post("api/v1/clerk/items/99999999/key-points", json("side", "OPPOSE", "text", "A point"))
                        .statusCode());
        assertEquals(
                403,
                as(Deployments.RESIDENT)
                        .post(path, json("side", "OPPOSE", "text", "A resident's point"))
                        .statusCode());
        assertEquals(
                403,
                as(Deployments.COUNCIL)
                        .post(path, json("side", "OPPOSE", "text", "A council member's point"))
                        .statusCode());
        assertEquals(
                401,
                anonymous()
                        .post(path, json("side", "OPPOSE", "text", "A stranger's point"))
                        .statusCode());

        long against = Http.object(clerk().post(path, json("side", "OPPOSE", "text", "Too expensive for seniors")))
                .getJsonArray("ids")
                .getJsonNumber(0)
                .longValue();
        long inFavour = Http.object(clerk().post(path, json("side", "SUPPORT", "text", "Parks need the money")))
                .getJsonArray("ids")
                .getJsonNumber(0)
                .longValue();
        assertProblem(clerk().post(path, json("side", "OPPOSE", "text", "too expensive  for SENIORS")), 409, "text");
        assertProblem(
                clerk().post("api/v1/clerk/key-points/" + against + "/merge", json("into", inFavour)), 400, "into");
        assertProblem(clerk().post("api/v1/clerk/key-points/" + against + "/merge", "{}"), 400, "into");
        assertProblem(
                clerk().post(
                                "api/v1/clerk/key-points/" + against + "/split",
                                json("texts", Fixtures.array("Only one wording"))),
                400,
                "texts");
        HttpResponse<String> split = clerk().post(
                        "api/v1/clerk/key-points/" + against + "/split",
                        json("texts", Fixtures.array("Seniors cannot pay more", "Renters will pay it in their rent")));
        assertEquals(201, split.statusCode(), split.body());
        assertEquals(2, Http.object(split).getJsonArray("ids").size());
        // the split point is retired: it can no longer be changed
        assertProblem(
                clerk().send("PATCH", "api/v1/clerk/key-points/" + against, json("text", "Another wording")),
                409,
                "id");
        assertEquals(
                404,
                clerk().send("DELETE", "api/v1/clerk/key-points/99999999", null).statusCode());
        assertEquals(
                404, clerk().send("DELETE", "api/v1/clerk/key-points/abc", null).statusCode());
        assertEquals(
                200,
                clerk().send("DELETE", "api/v1/clerk/key-points/" + inFavour, null)
                        .statusCode());
        assertEquals(404, anonymous().get("api/v1/items/99999999/key-points").statusCode());
    }
}

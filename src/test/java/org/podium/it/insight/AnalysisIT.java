package org.podium.it.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podium.it.Deployments.COUNCIL;
import static org.podium.it.Deployments.RESIDENT;
import static org.podium.it.Fixtures.addItem;
import static org.podium.it.Fixtures.assertProblem;
import static org.podium.it.Fixtures.createMeeting;
import static org.podium.it.Fixtures.json;
import static org.podium.it.Fixtures.publish;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.analysis.stance.LibraryComments;
import org.podium.analysis.stance.Prediction;
import org.podium.analysis.stance.StanceAnalyzer;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.SentenceVectors;
import org.podium.it.DeployedTest;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.TestInfrastructure;
import org.podium.platform.migration.V16__Campaign_fingerprints;

/**
 * The analysis on the real stack: every comment read on receipt (stance, tone, topics, campaign), the analysis API,
 * campaigns, a clerk's label training the item's model and re-reading its comments, the agreement figure, the queue's
 * campaign filter, and the role checks.
 */
class AnalysisIT extends DeployedTest {

    long meeting;
    long item;
    long other;

    @BeforeEach
    void agenda() {
        // a month ahead: these meetings sort after the ones the browser tests look for on the first page of the home
        // page
        meeting = createMeeting(
                clerk(), "Analysis " + UUID.randomUUID(), Instant.now().plus(30, ChronoUnit.DAYS));
        item = addItem(clerk(), meeting, "1", "Ordinance: 2027 property tax levy increase of $60 million");
        other = addItem(clerk(), meeting, "2", "Resolution: protected bike lanes on Elm Street");
        publish(clerk(), meeting);
    }

    String submit(long on, String position, String text, String name) {
        HttpResponse<String> r = new Http(base.toString())
                .post(
                        "api/v1/items/" + on + "/comments",
                        json(
                                "position",
                                position,
                                "text",
                                text,
                                "email",
                                UUID.randomUUID() + "@example.org",
                                "name",
                                name));
        assertEquals(201, r.statusCode(), r.body());
        return Http.object(r).getString("trackingNumber");
    }

    long version(String tracking) {
        return Http.object(clerk().get("api/v1/comments/" + tracking))
                .getJsonNumber("version")
                .longValue();
    }

    JsonObject analysis(String tracking) {
        return Http.object(clerk().get("api/v1/comments/" + tracking)).getJsonObject("analysis");
    }

    /** The analysis once the comment has its campaign (grouped in the background right after it is stored). */
    JsonObject grouped(String tracking) throws InterruptedException {
        return Fixtures.grouped(clerk(), tracking);
    }

    /**
     * The sentence model in the background: a comment about something else altogether, which the general model read
     * as against the levy on receipt (words only, nothing on the resident's wait), is read as taking no side toward
     * it; a comment about the levy keeps its side, and a stated position is never overruled.
     */
    @Test
    void aCommentAboutSomethingElseTakesNoSideOnceTheSentenceModelHasReadIt() throws Exception {
        String pothole = submit(
                item,
                "NEUTRAL",
                "The pothole on the corner of Elm and 5th has been there for months and it wrecked my tire.",
                "Dee Park");
        String bills = submit(
                item,
                "NEUTRAL",
                "Homeowners on my street can barely pay the bills the county sends them every year.",
                "Eli Stone");
        String stated =
                submit(item, "OPPOSE", "Please vote no. The pothole on Elm has wrecked my tire twice.", "Flo Reyes");
        // what its words alone say (the reading on receipt; the analysis API reads texts so, nothing stored)
        JsonObject words = Http.object(clerk().post(
                                "api/v1/items/" + item + "/analysis",
                                json(
                                        "texts",
                                        List.of("The pothole on the corner of Elm and 5th has been there for months"
                                                + " and it wrecked my tire."))))
                .getJsonArray("results")
                .getJsonObject(0);
        assertEquals("OPPOSE", words.getString("stance"), "against, from its words alone: " + words);

        Fixtures.await(
                "the pothole read as about something else",
                90,
                () -> "NEUTRAL".equals(analysis(pothole).getString("stance")));
        JsonObject read = analysis(pothole);
        assertEquals("OFFTOPIC", read.getString("stanceSource"), read.toString());
        assertFalse(read.getBoolean("mismatch"), read.toString());
        assertEquals("OPPOSE", analysis(bills).getString("stance"), "about the levy: its side stays");
        JsonObject cue = analysis(stated);
        assertEquals("OPPOSE", cue.getString("stance"), "a stated position is the resident's: " + cue);
        assertEquals("CUE", cue.getString("stanceSource"));
    }

    /**
     * An item with its own model: a comment is read on receipt, and again after a label, by its words alone (nothing
     * on the resident's wait); in the background the item's model that also reads what a comment means reads it
     * again. A comment in favour in words no labelled comment used ("my daughter borrows books every weekend") is read
     * as against by its words and as in favour by its meaning, exactly as the analysis library reads it from the same
     * labels; its version is left alone.
     */
    @Test
    void onAnItemWithItsOwnModelTheBackgroundReadsWhatEachCommentMeans() throws Exception {
        List<String> texts = LibraryComments.TEXTS;
        List<String> tracking = new ArrayList<>();
        for (String text : texts) {
            tracking.add(intake(text)); // no declared position: the clerks' labels alone train the model
        }
        String probe = intake(LibraryComments.IN_OTHER_WORDS);
        grouped(probe);
        long versionBefore = version(probe);
        for (int i = 0; i < tracking.size(); i++) {
            HttpResponse<String> r = clerk().post(
                            "api/v1/clerk/comments/" + tracking.get(i) + "/stance",
                            json("stance", LibraryComments.LABELS.get(i).name()));
            assertEquals(200, r.statusCode(), r.body());
        }
        LibraryComments.Readings expected = LibraryComments.of(LibraryComments.IN_OTHER_WORDS);
        assertEquals("OPPOSE", expected.byWords().stance().name(), "the premise: against by its words alone");
        assertEquals("SUPPORT", expected.byMeaning().stance().name(), "and in favour by what it means");
        // the server's reading of the same text by words alone (the analysis API, as on receipt)
        JsonObject words = Http.object(clerk().post(
                                "api/v1/items/" + item + "/analysis",
                                json("texts", List.of(LibraryComments.IN_OTHER_WORDS))))
                .getJsonArray("results")
                .getJsonObject(0);
        assertEquals("OPPOSE", words.getString("stance"), words.toString());

        Fixtures.await(
                "the probe read by its meaning",
                90,
                () -> "SUPPORT".equals(analysis(probe).getString("stance")));
        JsonObject read = analysis(probe);
        assertEquals("ITEM", read.getString("stanceSource"), read.toString());
        assertEquals(
                expected.byMeaning().confidence(),
                read.getJsonNumber("stanceConfidence").doubleValue(),
                0.002,
                read.toString());
        assertEquals(versionBefore, version(probe), "read again, not changed");
        for (int i = 0; i < tracking.size(); i++) {
            JsonObject labelled = analysis(tracking.get(i));
            assertEquals("CLERK", labelled.getString("stanceSource"), "a clerk's label stays: " + labelled);
            assertEquals(LibraryComments.LABELS.get(i).name(), labelled.getString("stance"));
        }
    }

    /**
     * An item with no model of its own: the general model reads a comment by its words on receipt; in the background
     * the general model that also reads what it means reads it again, exactly as the analysis library does (here the
     * same side, surer), and the reading is stored with its version left alone.
     */
    @Test
    void onAnItemWithoutItsOwnModelTheGeneralModelReadsWhatEachCommentMeansInTheBackground() throws Exception {
        String text = "My taxes already went up twice this year.";
        JsonObject shown = Http.object(as(RESIDENT).get("api/v1/items/" + item));
        String title = shown.getString("title");
        String target = title + ". " + shown.getString("description");
        SentenceVectors sentences = SentenceVectors.available().orElseThrow();
        StanceAnalyzer analyzer = StanceAnalyzer.shipped();
        OptionalDouble close = OptionalDouble.of(sentences.closeness(text, title));
        Prediction byWords = analyzer.predict(target, Prepared.of(text), 0, null, close, null);
        Prediction byMeaning = analyzer.predict(target, Prepared.of(text), 0, null, close, sentences.of(text));
        assertEquals(Prediction.Source.GENERAL, byMeaning.source(), byMeaning.toString());
        assertTrue(
                Math.abs(byWords.confidence() - byMeaning.confidence()) > 0.01,
                "the premise: the two readings differ (" + byWords + ", " + byMeaning + ")");

        String tracking = intake(text);
        grouped(tracking);
        long versionBefore = version(tracking);
        Fixtures.await(
                "the comment read by what it means",
                90,
                () -> Math.abs(analysis(tracking)
                                        .getJsonNumber("stanceConfidence")
                                        .doubleValue()
                                - byMeaning.confidence())
                        < 0.002);
        JsonObject read = analysis(tracking);
        assertEquals(byMeaning.stance().name(), read.getString("stance"), read.toString());
        assertEquals("GENERAL", read.getString("stanceSource"));
        assertEquals(versionBefore, version(tracking), "read again, not changed");
    }

    /** A comment taken in by a clerk (a letter), with no position declared. */
    String intake(String text) {
        HttpResponse<String> r = clerk().post(
                        "api/v1/clerk/items/" + item + "/comments",
                        json("channel", "LETTER", "receivedAt", Instant.now(), "text", text));
        assertEquals(201, r.statusCode(), r.body());
        return Http.object(r).getString("trackingNumber");
    }

    @Test
    void everyCommentIsReadOnReceiptAndFormLettersAreOneCampaign() throws Exception {
        String first = submit(item, "OPPOSE", Fixtures.FORM_LETTER, "Maria Lopez");
        String copy = submit(item, "OPPOSE", Fixtures.FORM_LETTER.toUpperCase() + " Signed, John Smith.", "John Smith");
        String alone = submit(
                item,
                "SUPPORT",
                "I support the levy. Our libraries and parks have been neglected for a"
                        + " decade and the children of this city deserve better.",
                "Ana Ruiz");
        String angry = submit(
                item,
                "SUPPORT",
                "I urge you to vote yes, finally! It is a disgrace that this took ten "
                        + "years and the streets are crumbling.",
                "Ben Okafor");
        String misfiled = submit(
                item,
                "NEUTRAL",
                "The bike lanes on Elm Street will make traffic worse for deliveries" + " and parking on Elm Street.",
                "Cy Jones");

        JsonObject a = grouped(first);
        assertEquals("OPPOSE", a.getString("stance"));
        assertEquals("CUE", a.getString("stanceSource"), "\"please vote no\" states the position");
        assertFalse(a.getBoolean("mismatch"));
        assertTrue(
                a.getJsonArray("topics").stream()
                        .map(v -> ((JsonString) v).getString())
                        .toList()
                        .containsAll(List.of("Seniors and fixed incomes", "Government spending")),
                a.toString());
        long campaign = a.getJsonNumber("campaignId").longValue();
        assertEquals(campaign, grouped(copy).getJsonNumber("campaignId").longValue(), "a copy with a name added");
        assertNotEquals(campaign, grouped(alone).getJsonNumber("campaignId").longValue());
        grouped(angry);
        grouped(misfiled);
        // tone is not stance: an angry comment that supports
        JsonObject angryOne = analysis(angry);
        assertEquals("SUPPORT", angryOne.getString("stance"));
        assertEquals("NEGATIVE", angryOne.getString("toneLabel"));
        assertEquals(other, analysis(misfiled).getJsonNumber("suggestedItemId").longValue(), "the item it is about");

        // the campaigns of the item, for staff
        JsonArray campaigns = Http.object(as(COUNCIL).get("api/v1/items/" + item + "/campaigns"))
                .getJsonArray("campaigns");
        assertEquals(1, campaigns.size(), campaigns.toString());
        JsonObject c = campaigns.getJsonObject(0);
        assertEquals(2, c.getInt("size"));
        assertEquals(first, c.getString("representativeTracking"));
        assertEquals(
                List.of("Maria Lopez", "John Smith"),
                c.getJsonArray("signers").stream()
                        .map(v -> ((JsonString) v).getString())
                        .toList());
        assertEquals(1, c.getJsonArray("variations").size());
        assertEquals(
                403, as(RESIDENT).get("api/v1/items/" + item + "/campaigns").statusCode());
        assertEquals(
                401,
                new Http(base.toString())
                        .get("api/v1/items/" + item + "/campaigns")
                        .statusCode());

        // the queue filtered to the campaign: its members and nothing else
        JsonArray queue = Http.object(clerk().get("api/v1/clerk/queue?campaign=" + campaign))
                .getJsonArray("items");
        assertEquals(
                List.of(first, copy),
                queue.stream()
                        .map(v -> v.asJsonObject().getString("trackingNumber"))
                        .toList());
        assertEquals("OPPOSE", queue.getJsonObject(0).getJsonObject("analysis").getString("stance"));

        // stored in the database as the API says
        try (Connection db = TestInfrastructure.connect();
                PreparedStatement ps = db.prepareStatement("select count(*) from campaign_band where item_id = ?")) {
            ps.setLong(1, item);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertTrue(rs.getInt(1) >= 3 * 15, "a first comment's band keys are indexed: " + rs.getInt(1));
            }
        }
    }

    /**
     * The V16 migration: campaigns found with an earlier fingerprint (here: the first comment's fingerprint and band
     * keys overwritten with other values) take no new copies until their first comments are fingerprinted again.
     */
    @Test
    void campaignsFoundBeforeTheFingerprintChangedStillTakeNewCopies() throws Exception {
        String first = submit(item, "OPPOSE", Fixtures.FORM_LETTER, "Maria Lopez");
        long campaign = grouped(first).getJsonNumber("campaignId").longValue();
        String copy =
                Fixtures.FORM_LETTER.replace("Dear Council Members,", "Dear Mayor and Council,") + " Signed, Ana Ruiz.";
        assertEquals(campaign, campaignOf(copy));
        try (Connection db = TestInfrastructure.connect()) {
            try (PreparedStatement ps = db.prepareStatement("update comment set fingerprint = ? where id = ?")) {
                byte[] other = new byte[256];
                new Random(1).nextBytes(other);
                ps.setBytes(1, other);
                ps.setLong(2, campaign);
                assertEquals(1, ps.executeUpdate());
            }
            try (PreparedStatement ps =
                    db.prepareStatement("update campaign_band set band_key = band_key + 1 where " + "comment_id = ?")) {
                ps.setLong(1, campaign);
                assertTrue(ps.executeUpdate() >= 15);
            }
            assertEquals(null, campaignOf(copy), "with the old fingerprint the copy is not found");

            new V16__Campaign_fingerprints().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return db;
                }
            });
        }
        assertEquals(campaign, campaignOf(copy), "fingerprinted again, found");
        String after = submit(item, "OPPOSE", copy, "Ana Ruiz");
        assertEquals(campaign, grouped(after).getJsonNumber("campaignId").longValue());
    }

    /** The campaign the analysis API finds for a text (nothing stored), or null. */
    Long campaignOf(String text) {
        JsonObject r = Http.object(clerk().post("api/v1/items/" + item + "/analysis", json("texts", List.of(text))))
                .getJsonArray("results")
                .getJsonObject(0);
        return r.containsKey("campaignId") ? r.getJsonNumber("campaignId").longValue() : null;
    }

    @Test
    void theAnalysisApiReadsTextsWithoutStoringThem() throws Exception {
        grouped(submit(item, "OPPOSE", Fixtures.FORM_LETTER, "Maria Lopez"));
        HttpResponse<String> r = as(COUNCIL)
                .post(
                        "api/v1/items/" + item + "/analysis",
                        json(
                                "texts",
                                List.of(
                                        Fixtures.FORM_LETTER,
                                        "I do not oppose the levy if it funds the library.",
                                        "When is the hearing?")));
        assertEquals(200, r.statusCode(), r.body());
        JsonArray results = Http.object(r).getJsonArray("results");
        assertEquals(3, results.size());
        assertEquals("OPPOSE", results.getJsonObject(0).getString("stance"));
        assertTrue(results.getJsonObject(0).containsKey("campaignId"), "the letter is a known campaign");
        assertEquals("SUPPORT", results.getJsonObject(1).getString("stance"), "a negated cue");
        assertFalse(results.getJsonObject(2).containsKey("campaignId"));
        for (var v : results) {
            JsonObject o = v.asJsonObject();
            assertTrue(
                    o.getJsonNumber("stanceConfidence").doubleValue() >= 0
                            && o.containsKey("tone")
                            && o.containsKey("topics")
                            && o.containsKey("needsReview"),
                    o.toString());
        }
        assertEquals(
                1, Http.object(clerk().get("api/v1/clerk/queue?item=" + item)).getInt("total"), "nothing stored");
        assertProblem(clerk().post("api/v1/items/" + item + "/analysis", json("texts", List.of())), 400, "texts");
        assertProblem(
                clerk().post("api/v1/items/" + item + "/analysis", json("texts", List.of("ok", "  "))),
                400,
                "texts[1]");
        assertProblem(clerk().post("api/v1/items/999999999/analysis", json("texts", List.of("ok"))), 404, null);
        assertEquals(
                403,
                as(RESIDENT)
                        .post("api/v1/items/" + item + "/analysis", json("texts", List.of("ok")))
                        .statusCode());
    }

    @Test
    void clerksLabelsTrainTheItemsModelAndTheAgreementIsCounted() throws Exception {
        // comments with no cue, where the reading without labels guesses (the general model): the item's
        // model, learnt from the clerk's labels, reads them better and takes over
        List<String> tracking = new ArrayList<>();
        for (int i = 0; i < LibraryComments.TEXTS.size(); i++) {
            tracking.add(
                    submit(item, LibraryComments.LABELS.get(i).name(), LibraryComments.TEXTS.get(i), "Resident " + i));
        }
        String probe = submit(item, "NEUTRAL", "The city cannot afford extra staff on weekends.", "Probe");
        grouped(probe);
        long versionBefore = version(probe);
        long labelledBefore = version(tracking.get(1));
        assertProblem(
                clerk().post("api/v1/clerk/comments/" + tracking.get(0) + "/stance", json("stance", "MAYBE")),
                400,
                "stance");
        assertEquals(
                403,
                as(COUNCIL)
                        .post("api/v1/clerk/comments/" + tracking.get(0) + "/stance", json("stance", "SUPPORT"))
                        .statusCode());
        for (int i = 0; i < tracking.size(); i++) {
            HttpResponse<String> r = clerk().post(
                            "api/v1/clerk/comments/" + tracking.get(i) + "/stance",
                            json("stance", i % 2 == 0 ? "SUPPORT" : "OPPOSE"));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("CLERK", Http.object(r).getJsonObject("analysis").getString("stanceSource"));
        }
        // the item now has a model of its own; the unlabelled probe is read again with it, in the background
        long deadline = System.nanoTime() + 20_000_000_000L;
        JsonObject probed = analysis(probe);
        while (!"ITEM".equals(probed.getString("stanceSource")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            probed = analysis(probe);
        }
        assertEquals("ITEM", probed.getString("stanceSource"), probed.toString());
        assertEquals("OPPOSE", probed.getString("stance"));
        // grouping, labelling and reading again leave the comments' versions alone: a clerk deciding a comment as it
        // was shown is never told that another clerk decided it in between
        assertEquals(versionBefore, version(probe));
        assertEquals(labelledBefore, version(tracking.get(1)));
        assertTrue(probed.getBoolean("mismatch") == false, "declared NEUTRAL is never a mismatch");

        // the labels are kept with who and when; the agreement counts each comment's first label
        try (Connection db = TestInfrastructure.connect();
                PreparedStatement ps = db.prepareStatement(
                        "select count(*), count(distinct labelled_by), min(labelled_at) from stance_label where item_id = ?")) {
            ps.setLong(1, item);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(12, rs.getInt(1));
                assertEquals(1, rs.getInt(2));
                assertTrue(rs.getTimestamp(3) != null);
            }
        }
        JsonObject agreement = Http.object(as(COUNCIL).get("api/v1/items/" + item + "/analysis"));
        assertEquals(12, agreement.getInt("labelled"));
        int agreed = agreement.getInt("agreed");
        assertTrue(agreed >= 0 && agreed <= 12);
        assertEquals(Math.round(100.0 * agreed / 12), agreement.getInt("percent"));
        // relabelling a comment does not count it twice
        assertEquals(
                200,
                clerk().post("api/v1/clerk/comments/" + tracking.get(0) + "/stance", json("stance", "NEUTRAL"))
                        .statusCode());
        assertEquals(
                12,
                Http.object(clerk().get("api/v1/items/" + item + "/analysis")).getInt("labelled"));
        assertEquals(403, as(RESIDENT).get("api/v1/items/" + item + "/analysis").statusCode());
    }

    @Test
    void clerksKeepTheTopicsAndEveryCommentIsReadAgainForThem() throws Exception {
        JsonArray defaults = Http.object(clerk().get("api/v1/clerk/topics")).getJsonArray("topics");
        assertTrue(defaults.size() >= 8, defaults.toString());
        String before =
                submit(item, "SUPPORT", "Our dog park needs lights, and every leash law is ignored there.", "Dee");
        assertFalse(analysis(before).getJsonArray("topics").toString().contains("Dogs"));
        String withDogs = json(
                "topics",
                Json.createArrayBuilder(defaults)
                        .add(Fixtures.object(
                                "name", "Dogs", "nameEs", " Perros ", "keywords", List.of("dog park", " leash ", "")))
                        .build());
        try {
            HttpResponse<String> r = clerk().send("PUT", "api/v1/clerk/topics", withDogs);
            assertEquals(200, r.statusCode(), r.body());
            JsonArray saved = Http.object(r).getJsonArray("topics");
            assertEquals(
                    List.of("dog park", "leash"),
                    saved.getJsonObject(saved.size() - 1).getJsonArray("keywords").stream()
                            .map(v -> ((JsonString) v).getString())
                            .toList(),
                    "stripped, blanks dropped");
            assertEquals(
                    "Perros",
                    Http.object(clerk().get("api/v1/clerk/topics"))
                            .getJsonArray("topics")
                            .getJsonObject(saved.size() - 1)
                            .getString("nameEs"),
                    "the Spanish name, stripped");
            // every comment is read again in the background
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!analysis(before).getJsonArray("topics").toString().contains("Dogs")
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(
                    analysis(before).getJsonArray("topics").toString().contains("Dogs"),
                    analysis(before).toString());
            // the item's summary names the topic in both languages (computed again within seconds)
            while (!topicEs(item, "Dogs").equals("Perros") && System.nanoTime() < deadline + 15_000_000_000L) {
                Thread.sleep(300);
            }
            assertEquals("Perros", topicEs(item, "Dogs"));
            // and a new comment is read with them at once
            assertTrue(analysis(submit(item, "OPPOSE", "No more money for the dog park.", "Eve"))
                    .getJsonArray("topics")
                    .toString()
                    .contains("Dogs"));

            // a clerk's choice of topics for one comment stays through the next re-reading
            HttpResponse<String> set = clerk().send(
                            "PUT", "api/v1/clerk/comments/" + before + "/topics", json("topics", List.of("Schools")));
            assertEquals(200, set.statusCode(), set.body());
            assertEquals(
                    "[\"Schools\"]",
                    Http.object(set)
                            .getJsonObject("analysis")
                            .getJsonArray("topics")
                            .toString());
            assertProblem(
                    clerk().send("PUT", "api/v1/clerk/comments/" + before + "/topics", json("topics", List.of("Nope"))),
                    400,
                    "topics[0]");
            assertProblem(
                    clerk().send(
                                    "PUT",
                                    "api/v1/clerk/topics",
                                    json(
                                            "topics",
                                            List.of(
                                                    Fixtures.object("name", "A", "keywords", List.of("x")),
                                                    Fixtures.object("name", "a", "keywords", List.of("y"))))),
                    400,
                    "topics[1].name");
            assertProblem(
                    clerk().send(
                                    "PUT",
                                    "api/v1/clerk/topics",
                                    json("topics", List.of(Fixtures.object("name", "A", "keywords", List.of())))),
                    400,
                    "topics[0].keywords");
            assertProblem(clerk().send("PUT", "api/v1/clerk/topics", "{}"), 400, "topics");
            assertProblem(
                    clerk().send(
                                    "PUT",
                                    "api/v1/clerk/topics",
                                    json(
                                            "topics",
                                            List.of(Fixtures.object(
                                                    "name", "A", "nameEs", "B: c", "keywords", List.of("x"))))),
                    400,
                    "topics[0].nameEs");
            assertEquals(
                    403,
                    as(COUNCIL).send("PUT", "api/v1/clerk/topics", withDogs).statusCode());
            assertEquals(403, as(RESIDENT).get("api/v1/clerk/topics").statusCode());
        } finally {
            assertEquals(
                    200,
                    clerk().send("PUT", "api/v1/clerk/topics", json("topics", defaults))
                            .statusCode());
        }
    }

    /** The Spanish name the item's public summary gives a topic ("" while the topic is not in it). */
    String topicEs(long itemId, String topic) {
        return Http.object(as(RESIDENT).get("api/v1/items/" + itemId + "/summary")).getJsonArray("topics").stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> t.getString("topic").equals(topic))
                .map(t -> t.isNull("topicEs") ? "(null)" : t.getString("topicEs"))
                .findFirst()
                .orElse("");
    }

    List<String> topicsOf(String tracking) {
        return analysis(tracking).getJsonArray("topics").stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
    }

    @Test
    void clerksDecisionsTeachTheTopicsAndTheAgreementIsCounted() throws Exception {
        JsonArray defaults = Http.object(clerk().get("api/v1/clerk/topics")).getJsonArray("topics");
        // a topic of this test's own (the topics are the council's: decisions on it teach no other test's topics);
        // the texts below hold no keyword of any topic
        String pets = "Pets " + UUID.randomUUID().toString().substring(0, 8);
        String withPets = json(
                "topics",
                Json.createArrayBuilder(defaults)
                        .add(Fixtures.object("name", pets, "keywords", List.of("dog park")))
                        .build());
        try {
            assertEquals(
                    200, clerk().send("PUT", "api/v1/clerk/topics", withPets).statusCode());
            String early = submit(item, "SUPPORT", "Our puppies need a fenced run by the river.", "Early");
            grouped(early);
            long earlyVersion = version(early);
            assertFalse(topicsOf(early).contains(pets), "no keyword: " + topicsOf(early));
            List<String> yes = new ArrayList<>();
            List<String> no = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                yes.add(submit(
                        item, "SUPPORT", "Puppies need a fenced run near the river, number " + i + ".", "Y" + i));
                no.add(submit(
                        item, "OPPOSE", "The choir concert in the town hall was lovely, number " + i + ".", "N" + i));
            }
            grouped(yes.get(0));
            long yesVersion = version(yes.get(0));
            for (String t : yes) {
                List<String> chosen = new ArrayList<>(topicsOf(t));
                assertFalse(chosen.contains(pets));
                chosen.add(pets);
                HttpResponse<String> r =
                        clerk().send("PUT", "api/v1/clerk/comments/" + t + "/topics", json("topics", chosen));
                assertEquals(200, r.statusCode(), r.body());
            }
            for (String t : no) {
                assertEquals(
                        200,
                        clerk().send("PUT", "api/v1/clerk/comments/" + t + "/topics", json("topics", topicsOf(t)))
                                .statusCode());
            }
            // the decisions are kept with who and when
            try (Connection db = TestInfrastructure.connect();
                    PreparedStatement ps = db.prepareStatement("select"
                            + " count(*), sum(about), count(distinct labelled_by), min(labelled_at) from topic_label where"
                            + " topic = ?")) {
                ps.setString(1, pets);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(8, rs.getInt(1));
                    assertEquals(4, rs.getInt(2));
                    assertEquals(1, rs.getInt(3));
                    assertTrue(rs.getTimestamp(4) != null);
                }
            }
            // they take effect on the next reading: a new comment with the words the clerks taught ...
            assertTrue(topicsOf(submit(item, "NEUTRAL", "Puppies and a fenced run, please.", "Next"))
                    .contains(pets));
            assertTrue(Http.object(clerk().post(
                                    "api/v1/items/" + item + "/analysis",
                                    json("texts", List.of("Fenced runs for puppies.", "The choir sang."))))
                    .getJsonArray("results")
                    .getJsonObject(0)
                    .getJsonArray("topics")
                    .toString()
                    .contains(pets));
            // ... and the item's earlier comments, read again in the background
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!topicsOf(early).contains(pets) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(topicsOf(early).contains(pets), topicsOf(early).toString());
            assertEquals(earlyVersion, version(early), "re-read, its version left alone");
            assertEquals(yesVersion, version(yes.get(0)), "decided, its version left alone");
            // the agreement: every topic of each decided comment is a decision; the machine missed the topic 4 times
            int topicCount = defaults.size() + 1;
            JsonObject agreement = Http.object(as(COUNCIL).get("api/v1/items/" + item + "/analysis"));
            assertEquals(8 * topicCount, agreement.getInt("topicsDecided"));
            assertEquals(8 * topicCount - 4, agreement.getInt("topicsAgreed"));
            assertEquals(
                    Math.round(100.0 * (8 * topicCount - 4) / (8 * topicCount)), agreement.getInt("topicsPercent"));
            // deciding a comment again does not count it twice
            assertEquals(
                    200,
                    clerk().send("PUT", "api/v1/clerk/comments/" + yes.get(0) + "/topics", json("topics", List.of()))
                            .statusCode());
            assertEquals(
                    8 * topicCount,
                    Http.object(clerk().get("api/v1/items/" + item + "/analysis"))
                            .getInt("topicsDecided"));
        } finally {
            assertEquals(
                    200,
                    clerk().send("PUT", "api/v1/clerk/topics", json("topics", defaults))
                            .statusCode());
        }
    }

    @Test
    void copiesOfOneLetterArrivingAtOnceAreAllStoredAsOneCampaign() throws Exception {
        int n = 24;
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < n; i++) {
                String text = Fixtures.FORM_LETTER + (i % 2 == 0 ? "" : " Signed, neighbour " + i + ".");
                answers.add(pool.submit(() -> {
                    go.await();
                    return new Http(base.toString())
                            .post(
                                    "api/v1/items/" + item + "/comments",
                                    json(
                                            "position",
                                            "OPPOSE",
                                            "text",
                                            text,
                                            "email",
                                            UUID.randomUUID() + "@example.org"));
                }));
            }
            go.countDown();
            List<String> tracking = new ArrayList<>();
            for (var f : answers) {
                HttpResponse<String> r = f.get();
                assertEquals(201, r.statusCode(), r.body());
                tracking.add(Http.object(r).getString("trackingNumber"));
            }
            Set<Long> campaigns = new HashSet<>();
            for (String t : tracking) {
                campaigns.add(grouped(t).getJsonNumber("campaignId").longValue());
            }
            assertEquals(1, campaigns.size(), "copies arriving together find each other: " + campaigns);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSubmissionIsAcceptedWhileAGroupingOfItsItemHoldsTheGroupingLock() throws Exception {
        String first = submit(item, "OPPOSE", Fixtures.FORM_LETTER, "First");
        grouped(first);
        // a grouping of the item, as long as it likes: its lock row held by another transaction
        try (Connection db = TestInfrastructure.connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement lock =
                    db.prepareStatement("select item_id from campaign_grouping where item_id = ? for update")) {
                lock.setLong(1, item);
                try (ResultSet rs = lock.executeQuery()) {
                    assertTrue(rs.next(), "the item has its grouping lock");
                }
            }
            // the submission's insert reads the item's row (its foreign key), never the grouping's lock: it is
            // stored and answered while the grouping still runs (before, it waited for the grouping's commit)
            String copy = submit(item, "OPPOSE", Fixtures.FORM_LETTER + " Signed, a neighbour.", "Second");
            JsonObject waiting = analysis(copy);
            assertFalse(waiting.containsKey("campaignId"), "not grouped while the lock is held: " + waiting);
            db.rollback();
            assertEquals(
                    grouped(first).getJsonNumber("campaignId").longValue(),
                    grouped(copy).getJsonNumber("campaignId").longValue(),
                    "grouped once the lock is free");
        }
    }
}

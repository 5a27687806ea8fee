package org.podium.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.podium.it.Fixtures;
import org.podium.it.Http;
import org.podium.it.PodiumProcess;
import org.podium.it.SignUps;
import org.podium.it.TestInfrastructure;

/**
 * Podium attacked as an attacker would, with Debian's sqlmap and wapiti (installed by .ci/run), against its own
 * instance on loopback with its own MySQL-protocol database: every operation of the API as the OpenAPI document lists
 * it (every path, query, header and JSON body parameter), as the role that may call it, and every public form.
 *
 * <p>Run: {@code mvn -B verify -Pattack} (docs/security.md keeps the last run's findings and the false positives'
 * reasons). Reports are written under target/attack.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttackIT {

    static final String PASSWORD = "attack-it-password-2026";
    static final Path REPORTS = Path.of(System.getProperty("podium.it.target", "target"), "attack");

    /**
     * wapiti findings that are not vulnerabilities, with the reason (docs/security.md). Keyed by category; the value
     * is the reason, printed with the finding.
     */
    static final Map<String, String> FALSE_POSITIVES = Map.of(
            "Cross Site Request Forgery",
            "Faces forms (.xhtml) carry jakarta.faces.ViewState, a random id of the view "
                    + "kept in the session (server-side state), and primefaces.nonce, checked on every postback; the "
                    + "session cookie is SameSite=Lax, so a cross-site POST arrives without the session and finds no "
                    + "view (wapiti looks for a field named like csrf/token and does not know these)");

    /** Query parameters by name: a value the operation accepts, so that the attack reaches the query behind it. */
    static final Map<String, Function<Map<String, String>, String>> QUERY_SAMPLES = Map.of(
            "meeting",
            ids -> ids.get("id"),
            "item",
            ids -> ids.get("itemId"),
            "page",
            ids -> "0",
            "size",
            ids -> "20",
            "position",
            ids -> "OPPOSE",
            "status",
            ids -> "RECEIVED",
            "sort",
            ids -> "newest",
            "verified",
            ids -> "true",
            "from",
            ids -> Instant.now().minus(30, ChronoUnit.DAYS).toString().substring(0, 10),
            "to",
            ids -> Instant.now().plus(30, ChronoUnit.DAYS).toString().substring(0, 10));

    private PodiumProcess app;
    private Map<String, String> ids;
    private String recordMeeting;

    @BeforeAll
    void start() throws Exception {
        Files.createDirectories(REPORTS);
        Map<String, String> env = new HashMap<>(PodiumProcess.clusterEnvironment());
        env.put(
                "DB_URL",
                TestInfrastructure.jdbcUrl(TestInfrastructure.ATTACK_DB_NAME)
                        + "?useSSL=false&allowPublicKeyRetrieval=true");
        env.put("PODIUM_DEMO_PASSWORD", PASSWORD);
        env.remove("PODIUM_TRUSTED_PROXIES");
        // the scanners send thousands of requests from one address: the limits would answer 429 and hide the code
        env.put("PODIUM_COMMENT_MAX_PER_ADDRESS_PER_HOUR", "1000000");
        env.put("PODIUM_COMMENT_MAX_PER_EMAIL_PER_HOUR", "1000000");
        app = new PodiumProcess(env);
        Http clerk = new Http(app.base).basic("clerk@podium.example", PASSWORD);
        long meeting = Fixtures.createMeeting(
                clerk, "Attack " + UUID.randomUUID(), Instant.now().plus(5, ChronoUnit.DAYS));
        long item = Fixtures.addItem(clerk, meeting, "1", "Ordinance: property tax levy");
        Fixtures.publish(clerk, meeting);
        // what each path parameter must name for the operation to reach its query: a comment with a file, a speaker,
        // a posting-policy reason, and a second meeting whose record is finalized (the record's paths)
        String pdf = Base64.getEncoder()
                .encodeToString(
                        "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        var r = clerk.post(
                "api/v1/clerk/items/" + item + "/comments",
                Fixtures.json(
                        "channel",
                        "LETTER",
                        "receivedAt",
                        Instant.now().minus(1, ChronoUnit.DAYS),
                        "position",
                        "OPPOSE",
                        "text",
                        "Too much for seniors.",
                        "name",
                        "Rosa",
                        "attachments",
                        List.of(Fixtures.object("fileName", "scan.pdf", "contentBase64", pdf))));
        assertEquals(201, r.statusCode(), r.body());
        String tracking = Http.object(r).getString("trackingNumber");
        var speaker = new Http(app.base)
                .post(
                        "api/v1/items/" + item + "/speakers",
                        SignUps.body("speaker-" + UUID.randomUUID() + "@example.org", "IN_PERSON"));
        assertEquals(201, speaker.statusCode(), speaker.body());
        String reason = Http.array(new Http(app.base).get("api/v1/policy"))
                .getJsonObject(0)
                .getString("code");
        long recorded = Fixtures.createMeeting(
                clerk, "Recorded " + UUID.randomUUID(), Instant.now().plus(1, ChronoUnit.DAYS));
        Fixtures.addItem(clerk, recorded, "1", "Minutes");
        Fixtures.publish(clerk, recorded);
        for (String status : List.of("IN_PROGRESS", "ADJOURNED")) {
            assertEquals(
                    200,
                    clerk.post("api/v1/clerk/meetings/" + recorded + "/status", Fixtures.json("status", status))
                            .statusCode());
        }
        var finalized = clerk.post("api/v1/clerk/meetings/" + recorded + "/record", "{}");
        assertTrue(finalized.statusCode() < 300, finalized.body());
        recordMeeting = String.valueOf(recorded);
        ids = Map.of(
                "id",
                String.valueOf(meeting),
                "itemId",
                String.valueOf(item),
                "trackingNumber",
                tracking,
                "number",
                "1",
                "code",
                reason,
                "confirmationNumber",
                Http.object(speaker).getString("confirmationNumber"),
                "format",
                "json");
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** One call of the API: where its parameters go and who may make it. */
    record Operation(String method, String path, String url, String body, List<String> headers, String user) {}

    @Test
    void sqlmapFindsNoInjectableParameterInAnyOperationOrForm() throws Exception {
        List<Operation> operations = operations();
        assertTrue(operations.size() >= 60, "every operation of the API: " + operations.size());
        List<String> injectable = new ArrayList<>();
        Map<String, Integer> tested = new TreeMap<>();
        long t0 = System.nanoTime();
        int n = 0;
        for (Operation op : operations) {
            List<String> command = new ArrayList<>(List.of(
                    "sqlmap",
                    "-u",
                    op.url(),
                    "--method",
                    op.method(),
                    "--batch",
                    "--level=2",
                    "--risk=1",
                    "--threads=4",
                    "--disable-coloring",
                    "--flush-session",
                    "--output-dir",
                    REPORTS.resolve("sqlmap").toString()));
            if (op.body() != null) {
                command.addAll(List.of("--data", op.body()));
            }
            List<String> headers = new ArrayList<>(op.headers());
            if (op.body() != null) {
                headers.add("Content-Type: application/json");
            }
            if (op.user() != null) {
                headers.add("Authorization: Basic "
                        + Base64.getEncoder()
                                .encodeToString((op.user() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            if (!headers.isEmpty()) {
                command.addAll(List.of("--headers", String.join("\n", headers)));
            }
            String out = run(command, "sqlmap-" + (n++) + ".log");
            tally(op.method() + " " + op.path(), out, injectable, tested);
        }
        for (String page : List.of(
                "login.xhtml",
                "register.xhtml",
                "speak.xhtml?item=" + ids.get("itemId"),
                "item.xhtml?id=" + ids.get("itemId"),
                "meeting.xhtml?id=" + ids.get("id"),
                "comment.xhtml?t=" + ids.get("trackingNumber") + "&k=x",
                "verify.xhtml?token=x")) {
            String out = run(
                    List.of(
                            "sqlmap",
                            "-u",
                            app.base + page,
                            "--forms",
                            "--batch",
                            "--level=2",
                            "--risk=1",
                            "--threads=4",
                            "--disable-coloring",
                            "--flush-session",
                            "--output-dir",
                            REPORTS.resolve("sqlmap").toString()),
                    "sqlmap-" + (n++) + ".log");
            tally("page " + page, out, injectable, tested);
        }
        int parameters = tested.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
                "sqlmap: %d operations and %d pages, %d parameters tested in %d s, injectable: %s%n",
                operations.size(), 7, parameters, (System.nanoTime() - t0) / 1_000_000_000, injectable);
        Files.writeString(REPORTS.resolve("sqlmap-summary.txt"), tested.toString() + "\ninjectable: " + injectable);
        assertEquals(List.of(), injectable, "injectable parameters (reports in " + REPORTS + ")");
        assertTrue(parameters >= 150, "the parameters were really tested: " + tested);
    }

    private static void tally(String what, String out, List<String> injectable, Map<String, Integer> tested) {
        if (out.contains("is vulnerable") || out.contains("identified the following injection point")) {
            injectable.add(what);
        }
        int count = 0;
        for (String line : out.split("\n")) {
            if (line.contains("does not seem to be injectable") || line.contains("might be injectable")) {
                count++;
            }
        }
        tested.put(what, count);
    }

    @Test
    void wapitiFindsNoVulnerability() throws Exception {
        Path report = REPORTS.resolve("wapiti.json");
        Files.deleteIfExists(report);
        List<String> findings = new ArrayList<>();
        for (String user : new String[] {null, "clerk@podium.example"}) {
            List<String> command = new ArrayList<>(List.of(
                    "wapiti",
                    "-u",
                    app.base,
                    "--scope",
                    "folder",
                    "-m",
                    "sql,blindsql,xss,permanentxss,exec,file,redirect,crlf,xxe,htaccess,methods,csrf",
                    "--flush-session",
                    "--max-scan-time",
                    "900",
                    "--max-attack-time",
                    "60",
                    "-f",
                    "json",
                    "-o",
                    report.toString()));
            if (user != null) {
                // the pages log in by form, not Basic: crawl with a logged-in clerk's session cookie, and leave the
                // log-out form alone so that the crawl stays logged in
                Http session = new Http(app.base);
                assertEquals(302, session.login(user, PASSWORD).statusCode());
                Path cookies = REPORTS.resolve("wapiti-cookies.json");
                Files.writeString(
                        cookies,
                        "{\"127.0.0.1\": {\"/\": {\"JSESSIONID\": {\"value\": \""
                                + session.cookie("JSESSIONID")
                                + "\", \"expires\": null, \"secure\": false, \"port\": null, "
                                + "\"version\": 0}}}}");
                command.addAll(List.of(
                        "-c",
                        cookies.toString(),
                        "--skip",
                        "logoutForm",
                        "--skip",
                        "logoutForm:logout",
                        "-s",
                        app.base + "clerk/index.xhtml",
                        "-s",
                        app.base + "clerk/queue.xhtml"));
            }
            run(command, "wapiti-" + (user == null ? "public" : "clerk") + ".log");
            JsonObject json = Json.createReader(new StringReader(Files.readString(report)))
                    .readObject();
            JsonObject vulnerabilities = json.getJsonObject("vulnerabilities");
            for (var e : vulnerabilities.entrySet()) {
                for (JsonValue v : (JsonArray) e.getValue()) {
                    JsonObject f = v.asJsonObject();
                    String finding = (user == null ? "anonymous" : "clerk") + ": " + e.getKey() + ": "
                            + f.getString("method", "") + " " + f.getString("path", "") + " "
                            + f.getString("parameter", "") + " — " + f.getString("info", "");
                    String reason = f.getString("path", "").contains(".xhtml") ? FALSE_POSITIVES.get(e.getKey()) : null;
                    System.out.println(
                            "wapiti " + finding + (reason == null ? "" : " [false positive: " + reason + "]"));
                    if (reason == null) {
                        findings.add(finding);
                    }
                }
            }
            if (user != null) {
                assertTrue(
                        crawled("wapiti-clerk.log") > crawled("wapiti-public.log"),
                        "logged in, the crawl found the clerk's pages too");
            }
            JsonObject infos = json.getJsonObject("infos");
            System.out.println("wapiti " + (user == null ? "anonymous" : "clerk") + ": " + infos);
            Files.copy(
                    report,
                    REPORTS.resolve("wapiti-" + (user == null ? "public" : "clerk") + ".json"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(List.of(), findings, "wapiti's findings (reports in " + REPORTS + ")");
    }

    /** How many URLs and forms a wapiti run found ("Wapiti found 158 URLs and forms during the scan"). */
    private static int crawled(String logName) throws IOException {
        Matcher m = Pattern.compile("found (\\d+) URLs")
                .matcher(Files.readString(REPORTS.resolve(logName), StandardCharsets.UTF_8));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private String run(List<String> command, String logName) throws Exception {
        Path log = REPORTS.resolve(logName);
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(command.get(0) + " did not finish: " + log);
        }
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Every operation of the OpenAPI document, with sample values and every parameter marked for injection. */
    private List<Operation> operations() {
        var r = new Http(app.base).getWith("openapi", "Accept", "application/json");
        assertEquals(200, r.statusCode());
        JsonObject doc = Json.createReader(new StringReader(r.body())).readObject();
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        List<Operation> ops = new ArrayList<>();
        for (var path : doc.getJsonObject("paths").entrySet()) {
            for (var entry : path.getValue().asJsonObject().entrySet()) {
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                JsonObject op = entry.getValue().asJsonObject();
                String p = path.getKey().replace("{format: json|csv|pdf}", "{format}");
                List<String> query = new ArrayList<>();
                List<String> headers = new ArrayList<>();
                for (JsonValue v :
                        op.getJsonArray("parameters") == null ? List.<JsonValue>of() : op.getJsonArray("parameters")) {
                    JsonObject param = v.asJsonObject();
                    String name = param.getString("name");
                    String sample = QUERY_SAMPLES.containsKey(name)
                            ? QUERY_SAMPLES.get(name).apply(ids)
                            : sample(param.getJsonObject("schema"), schemas, name)
                                    .toString()
                                    .replace("\"", "");
                    switch (param.getString("in")) {
                        case "path" ->
                            p = p.replace(
                                    "{" + name + "}",
                                    (name.equals("id") && path.getKey().contains("/record")
                                                    ? recordMeeting
                                                    : ids.getOrDefault(name, sample))
                                            + "*");
                        case "query" -> query.add(name + "=" + sample);
                        case "header" -> headers.add(name + ": " + sample + "*");
                        default -> {}
                    }
                }
                String url = app.base.replaceAll("/$", "") + p + (query.isEmpty() ? "" : "?" + String.join("&", query));
                String body = null;
                if (op.containsKey("requestBody")) {
                    JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
                    JsonObject media = content.getJsonObject("application/json");
                    body = media == null
                            ? "{}"
                            : sample(media.getJsonObject("schema"), schemas, "body")
                                    .toString();
                }
                String user = path.getKey().contains("/admin/")
                        ? "admin@podium.example"
                        : path.getKey().contains("/council/") ? "council@podium.example" : "clerk@podium.example";
                if (method.equals("DELETE")
                        || path.getKey().endsWith("/publish")
                        || path.getKey().endsWith("/record") && method.equals("POST")) {
                    // still attacked, on a meeting of its own would be kinder; the fixture's is used, read-only ones
                    // first
                }
                ops.add(new Operation(method, path.getKey(), url, body, headers, user));
            }
        }
        // the calls that change the fixture for good (finalize the record, delete an item) go last
        ops.sort(Comparator.comparing(o -> o.method().equals("DELETE")
                        || o.path().endsWith("/record") && o.method().equals("POST")
                ? 1
                : 0));
        return ops;
    }

    /** A value of the schema's shape: what a real client would send, so that the attack reaches the code behind. */
    private static JsonValue sample(JsonObject schema, JsonObject schemas, String name) {
        if (schema == null) {
            return Json.createValue("x");
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return sample(schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)), schemas, name);
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        String type = schema.getString("type", "object");
        String format = schema.getString("format", "");
        switch (type) {
            case "integer", "number" -> {
                return Json.createValue(1);
            }
            case "boolean" -> {
                return JsonValue.TRUE;
            }
            case "array" -> {
                return Json.createArrayBuilder()
                        .add(sample(schema.getJsonObject("items"), schemas, name))
                        .build();
            }
            case "string" -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (format.equals("date-time")
                        || lower.endsWith("at")
                        || lower.equals("from")
                        || lower.equals("to")
                        || lower.startsWith("starts")
                        || lower.startsWith("opens")
                        || lower.startsWith("closes")) {
                    return Json.createValue(Instant.now()
                            .plus(3, ChronoUnit.DAYS)
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString());
                }
                if (lower.contains("email")) {
                    return Json.createValue("someone@example.org");
                }
                return Json.createValue("text");
            }
            default -> {
                var b = Json.createObjectBuilder();
                JsonObject props = schema.getJsonObject("properties");
                if (props != null) {
                    Map<String, JsonValue> ordered = new LinkedHashMap<>();
                    props.forEach((k, v) -> ordered.put(k, sample(v.asJsonObject(), schemas, k)));
                    ordered.forEach(b::add);
                }
                return b.build();
            }
        }
    }
}

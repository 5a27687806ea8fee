package org.podium.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small HTTP client for the integration tests: a cookie jar, no automatic redirects, JSON and JSF form helpers. */
public final class Http {

    private final URI base;
    private final HttpClient client;
    private final CookieManager cookies;
    private String basic;
    private String language = "en";

    public Http(String base) {
        this(base, HttpClient.Version.HTTP_2);
    }

    private Http(String base, HttpClient.Version version) {
        this.base = URI.create(base.endsWith("/") ? base : base + "/");
        cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder()
                .version(version)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * A client of HTTP/1.1 only, as a browser is over plain http (browsers never upgrade to h2c) and as nginx is to an
     * instance. (The default client offers every request an upgrade to HTTP/2 over plain http, which no resident's
     * browser does.)
     */
    public static Http http11(String base) {
        return new Http(base, HttpClient.Version.HTTP_1_1);
    }

    public Http basic(String user, String password) {
        this.basic =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The value of a cookie the server set on this client (e.g. JSESSIONID after {@link #login}), or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Every cookie the server set on this client, as a Cookie request header would carry them. */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    public Http language(String lang) {
        this.language = lang;
        return this;
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET whose body is bytes (a PDF). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json");
        b.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(b.build());
    }

    /** A JSON POST with raw bytes (to send what no String can hold, such as invalid UTF-8) and extra headers. */
    public HttpResponse<String> postBytes(String path, byte[] body, String... headers) {
        HttpRequest.Builder b = request(path);
        boolean typed = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!typed) {
            b.header("Content-Type", "application/json");
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<String> sendWith(String method, String path, String json, String... headers) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public HttpResponse<String> getWith(String path, String... headers) {
        HttpRequest.Builder b = request(path);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A form post with extra headers (name, value, …): e.g. the address a trusted proxy names. */
    public HttpResponse<String> postFormWith(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * Posts a form of a page as a browser does: the form's hidden fields (view state, nonce), the fields given (by their
     * id inside the form) and the button pressed; extra headers as name, value, ….
     */
    public HttpResponse<String> submit(
            String path, String page, String form, String button, Map<String, String> fields, String... headers) {
        Map<String, String> post = new LinkedHashMap<>(hiddenFields(page, form));
        post.put(form, form);
        fields.forEach((k, v) -> post.put(form + ":" + k, v));
        post.put(form + ":" + button, button);
        return headers.length == 0 ? postForm(path, post) : postFormWith(path, post, headers);
    }

    /** Logs in through the login page, as a browser would; returns the final response of the login POST. */
    public HttpResponse<String> login(String email, String password) {
        return postForm("login.xhtml", loginForm(get("login.xhtml").body(), email, password));
    }

    /** The fields the login page posts, with the view state and nonce of the page given. */
    public static Map<String, String> loginForm(String loginPage, String email, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "Log in");
        form.put("jakarta.faces.ViewState", viewState(loginPage));
        form.put("primefaces.nonce", nonce(loginPage));
        return form;
    }

    /** The page's CSP nonce, which every form carries and PrimeFaces checks on postback. */
    public static String nonce(String html) {
        Matcher m =
                Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSP nonce in the form:\n" + html);
        }
        return m.group(1);
    }

    /**
     * The hidden fields of a form of the page, as a browser posts them: a stateless page carries in them what its
     * form holds between steps (the comment form's preview carries the resident's entries).
     */
    public static Map<String, String> hiddenFields(String html, String formId) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL)
                .matcher(html);
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " in the page:\n" + html);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form.group());
        while (input.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
            }
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#039;", "'")
                .replace("&amp;", "&");
    }

    public static String viewState(String html) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(html);
        if (!m.find()) {
            throw new AssertionError("no JSF view state in the page:\n" + html);
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language);
        if (basic != null) {
            b.header("Authorization", basic);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static JsonObject object(HttpResponse<String> r) {
        return (JsonObject) json(r);
    }

    public static JsonArray array(HttpResponse<String> r) {
        return (JsonArray) json(r);
    }

    private static JsonStructure json(HttpResponse<String> r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.read();
        } catch (RuntimeException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }
}

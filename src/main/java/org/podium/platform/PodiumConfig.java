package org.podium.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Podium's settings, read through MicroProfile Config: system properties, then environment variables
 * ({@code podium.timezone} is {@code PODIUM_TIMEZONE}), then {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class PodiumConfig {

    @Inject
    Config config;

    public String databaseUrl() {
        return config.getValue("db.url", String.class);
    }

    /** The embedded default database: a file under ./data, used for trials. */
    public boolean embeddedDatabase() {
        return databaseUrl().startsWith("jdbc:h2:");
    }

    /** Demo data and one demo account per role: on the embedded database, or when PODIUM_DEMO=true. */
    public boolean demoMode() {
        return embeddedDatabase()
                || config.getOptionalValue("podium.demo", Boolean.class).orElse(false);
    }

    public Optional<String> demoPassword() {
        return nonBlank("podium.demo-password");
    }

    public Optional<String> adminEmail() {
        return nonBlank("podium.admin-email");
    }

    public Optional<String> adminPassword() {
        return nonBlank("podium.admin-password");
    }

    public ZoneId zone() {
        return ZoneId.of(
                config.getOptionalValue("podium.timezone", String.class).orElse("America/Chicago"));
    }

    public String councilName() {
        return config.getOptionalValue("podium.council-name", String.class).orElse("City Council");
    }

    /**
     * The council's name in a language: {@code podium.council-name-es} for Spanish; without it, the name set for
     * English, or, when that is the default ("City Council"), its Spanish ("Concejo Municipal").
     */
    public String councilName(Locale lang) {
        if (lang == null || !"es".equals(lang.getLanguage())) {
            return councilName();
        }
        return nonBlank("podium.council-name-es")
                .orElseGet(() -> "City Council".equals(councilName()) ? "Concejo Municipal" : councilName());
    }

    /**
     * How to reach the clerk's office ("clerk@city.example, 312-744-3000"): in every page's footer and in the messages
     * that send someone to the clerk (a disabled account). Empty: those messages name the office without a contact.
     */
    public Optional<String> clerkContact() {
        return nonBlank("podium.clerk-contact");
    }

    /** The address people reach Podium at, for links in e-mails; empty means "the address of the request". */
    public Optional<String> publicUrl() {
        return nonBlank("podium.public-url").map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    /**
     * Whether links in e-mails may be built from a request that came to this host name, when no public address is
     * configured: loopback names (a demo, a developer's machine) and those listed in PODIUM_ALLOWED_HOSTS
     * (comma-separated). Any other Host header is the sender's to choose, and a link to it would hand them a
     * resident's author key or an account.
     */
    public boolean linkHostAllowed(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]")) {
            return true;
        }
        return nonBlank("podium.allowed-hosts")
                .map(list -> Arrays.stream(list.split(","))
                        .map(x -> x.strip().toLowerCase(Locale.ROOT))
                        .anyMatch(h::equals))
                .orElse(false);
    }

    public Optional<String> smtpHost() {
        return nonBlank("mail.smtp.host");
    }

    public int smtpPort() {
        return config.getOptionalValue("mail.smtp.port", Integer.class).orElse(25);
    }

    public String mailFrom() {
        return config.getOptionalValue("mail.from", String.class).orElse("podium@localhost");
    }

    public int loginMaxFailuresPerAccount() {
        return config.getOptionalValue("podium.login.max-failures-per-account", Integer.class)
                .orElse(5);
    }

    public int loginMaxFailuresPerAddress() {
        return config.getOptionalValue("podium.login.max-failures-per-address", Integer.class)
                .orElse(50);
    }

    public int loginWindowSeconds() {
        return config.getOptionalValue("podium.login.window-seconds", Integer.class)
                .orElse(900);
    }

    /** Where attachments are kept: outside the web application, backed up with the database. */
    public String filesDir() {
        return config.getOptionalValue("podium.files-dir", String.class).orElse("./data/files");
    }

    /**
     * The first value of the council's limit on a written comment, in characters (100 to 20,000); the council
     * settings hold the current one.
     */
    public int commentMaxLength() {
        int value = config.getOptionalValue("podium.comment.max-length", Integer.class)
                .orElse(5000);
        return Math.max(100, Math.min(20_000, value));
    }

    /** The first value of: a comment after the window closed is refused (false) or kept as "late — record only". */
    public boolean acceptLateAsRecordOnly() {
        return config.getOptionalValue("podium.comment.accept-late", Boolean.class)
                .orElse(false);
    }

    /** The first value of what may become of unverified comments: PUBLISH or RECORD_ONLY (the default). */
    public String unverifiedComments() {
        String v = nonBlank("podium.comment.unverified")
                .orElse("record-only")
                .toUpperCase(Locale.ROOT)
                .replace('-', '_');
        return v.equals("PUBLISH") ? "PUBLISH" : "RECORD_ONLY";
    }

    public int commentsPerEmailPerHour() {
        return config.getOptionalValue("podium.comment.max-per-email-per-hour", Integer.class)
                .orElse(10);
    }

    /** More comments than this from one network address in ten minutes raise the pre-screen's "burst" flag. */
    public int burstPerTenMinutes() {
        return config.getOptionalValue("podium.screen.burst-per-ten-minutes", Integer.class)
                .orElse(5);
    }

    public int commentsPerAddressPerHour() {
        return config.getOptionalValue("podium.comment.max-per-address-per-hour", Integer.class)
                .orElse(60);
    }

    /**
     * Whether the key points are read with the sentence model in the JVM (native memory once loaded, a core's second
     * per 250 new texts, in the background) or from words alone.
     */
    public boolean sentenceModel() {
        return config.getOptionalValue("podium.sentence-model", Boolean.class).orElse(true);
    }

    /**
     * How many comments a key point reading matches at most in one go (new ones first, then changed ones, then a slice
     * of the earlier ones): an item of a million comments is read a slice at a time, in the background.
     */
    public int keyPointSlice() {
        return Math.max(
                1,
                config.getOptionalValue("podium.key-points.slice", Integer.class)
                        .orElse(500));
    }

    /** Two comments are one campaign at this estimated Jaccard similarity of their 5-word shingles (0 … 1). */
    public double campaignThreshold() {
        double t = config.getOptionalValue("podium.campaign.threshold", Double.class)
                .orElse(0.8);
        return t > 0 && t <= 1 ? t : 0.8;
    }

    private volatile TrustedProxies trustedProxies;

    /** A mistyped PODIUM_TRUSTED_PROXIES stops the start with the entry named, rather than counting the proxy. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        TrustedProxies t = trustedProxies();
        if (!t.isEmpty()) {
            Logger.getLogger(PodiumConfig.class.getName())
                    .info(() -> "X-Forwarded-For is believed from "
                            + config.getValue("podium.trusted-proxies", String.class));
        }
    }

    /**
     * The reverse proxies whose X-Forwarded-For is believed ({@code PODIUM_TRUSTED_PROXIES}, addresses and networks,
     * comma-separated; none by default).
     *
     * @throws IllegalArgumentException naming the entry that is neither
     */
    public TrustedProxies trustedProxies() {
        TrustedProxies t = trustedProxies;
        if (t == null) {
            t = TrustedProxies.parse(config.getOptionalValue("podium.trusted-proxies", String.class)
                    .orElse(""));
            trustedProxies = t;
        }
        return t;
    }

    /** The address a request came from: the resident's, even behind a trusted reverse proxy. */
    public String clientAddress(HttpServletRequest request) {
        return trustedProxies().clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    private Optional<String> nonBlank(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}

package org.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** English and Spanish are complete and agree: same keys, same placeholders, patterns that parse. */
class BundlesTest {

    static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing " + path);
            }
            p.load(in);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/podium/i18n/messages", "/ValidationMessages", "/org/podium/i18n/faces"})
    void spanishHasEveryKeyAndTheSamePlaceholders(String base) throws IOException {
        Properties en = load(base + ".properties");
        Properties es = load(base + "_es.properties");
        assertEquals(
                new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(es.stringPropertyNames()), "keys of " + base);
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(es.getProperty(key)), key);
            assertTrue(!es.getProperty(key).isBlank(), key);
            if (!key.startsWith("format.")) {
                new MessageFormat(en.getProperty(key), Locale.ENGLISH);
                new MessageFormat(es.getProperty(key), Locale.forLanguageTag("es"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "de"})
    void messagesResolveInEachLanguageAndFallBackToEnglish(String lang) {
        String text = Bundles.message(Locale.forLanguageTag(lang), "item.number.taken", "4.b");
        assertTrue(text.contains("4.b"), text);
        assertEquals(lang.equals("es"), text.contains("ya se usa"), text);
    }

    @Test
    void aMailsLinkOpensThePageInTheMailsLanguage() {
        assertEquals(
                "https://city.example/forgot.xhtml?lang=es",
                Bundles.link(Locale.forLanguageTag("es-MX"), "https://city.example/forgot.xhtml"));
        assertEquals(
                "https://city.example/comment.xhtml?t=PDM-26-000001-K&k=abc&lang=en",
                Bundles.link(Locale.GERMAN, "https://city.example/comment.xhtml?t=PDM-26-000001-K&k=abc"),
                "a language Podium does not speak: English");
    }

    static TreeSet<String> placeholders(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}

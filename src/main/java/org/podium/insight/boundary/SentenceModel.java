package org.podium.insight.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.podium.analysis.keypoint.Corpus;
import org.podium.analysis.keypoint.KeyPointMatcher;
import org.podium.analysis.text.SentenceVectors;
import org.podium.platform.PodiumConfig;

/**
 * The sentence model (all-MiniLM-L6-v2, in this JVM) for the key points' reading, when it is on
 * ({@code PODIUM_SENTENCE_MODEL}, on by default) and this platform can run it; else the reading is of words alone, as
 * good as {@link KeyPointMatcher#shippedLexical()} is (docs/analysis.md gives both figures). Loaded on the first
 * reading, never on a resident's wait; a failure to load is said once in the log and the words are read instead.
 */
@ApplicationScoped
public class SentenceModel {

    private static final Logger LOG = Logger.getLogger(SentenceModel.class.getName());

    @Inject
    PodiumConfig config;

    private volatile boolean said;

    /** The model, if on and loadable here. */
    public Optional<SentenceVectors> vectors() {
        if (!config.sentenceModel()) {
            return Optional.empty();
        }
        Optional<SentenceVectors> v = SentenceVectors.availableOnOneThread();
        if (v.isEmpty() && !said) {
            said = true;
            LOG.warning(() -> "The sentence model could not be loaded here, so key points are read from words alone: "
                    + SentenceVectors.whyUnavailable().map(Throwable::toString).orElse("unknown"));
        }
        return v;
    }

    /** A reading of an item's texts: its corpus and the matcher that fits it. */
    public record Reading(Corpus corpus, KeyPointMatcher matcher, boolean sentences) {}

    /** Reads the item's texts (with their sentence vectors when the model is on). */
    public Reading read(String title, Iterable<String> texts) {
        Optional<SentenceVectors> v = vectors();
        return v.map(s -> new Reading(KeyPointMatcher.corpus(title, texts, s), KeyPointMatcher.shipped(), true))
                .orElseGet(() ->
                        new Reading(KeyPointMatcher.corpus(title, texts), KeyPointMatcher.shippedLexical(), false));
    }
}

package org.podium.analysis.text;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * What a whole sentence means, as a vector: all-MiniLM-L6-v2 (Reimers and Gurevych, Sentence-BERT; Apache-2.0),
 * quantised, run inside the JVM through ONNX Runtime (langchain4j's packaging, which carries the model in its jar:
 * nothing is downloaded). 384 dimensions, length 1, so that a dot product is the cosine. It costs far more than the
 * lexical analysis (about 150 texts a second one by one, 250 in batches, on one core): never on a resident's wait.
 * Thread-safe.
 */
public final class SentenceVectors {

    public static final int DIMENSIONS = 384;

    private static volatile SentenceVectors shipped;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private SentenceVectors() {
        // the libraries under the model log through SLF4J, which has no logger here and would say so on every start
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** The model (loaded on first use, about 1.5 s). */
    public static SentenceVectors shipped() {
        SentenceVectors s = shipped;
        if (s == null) {
            synchronized (SentenceVectors.class) {
                if (shipped == null) {
                    shipped = new SentenceVectors();
                }
                s = shipped;
            }
        }
        return s;
    }

    public float[] of(String text) {
        return model.embed(text).content().vector();
    }

    /** Several texts at once (faster than one by one), in order. */
    public List<float[]> of(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        int batch = 32;
        for (int i = 0; i < texts.size(); i += batch) {
            List<TextSegment> segments = texts.subList(i, Math.min(texts.size(), i + batch)).stream()
                    .map(TextSegment::from)
                    .toList();
            model.embedAll(segments).content().forEach(e -> out.add(e.vector()));
        }
        return out;
    }
}

package org.podium.analysis.text;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a whole sentence means, as a vector: all-MiniLM-L6-v2 (Reimers and Gurevych, Sentence-BERT; Apache-2.0),
 * quantised, run inside the JVM through ONNX Runtime (langchain4j's packaging, which carries the model in its jar:
 * nothing is downloaded). 384 dimensions, length 1, so that a dot product is the cosine. It costs far more than the
 * lexical analysis (about 150 texts a second one by one, 250 in batches, on one core): never on a resident's wait.
 * The vectors of the last {@value #REMEMBERED} texts read are remembered (about 1.6 KB each), so that reading an item
 * again reads only its new texts. Thread-safe.
 *
 * <p>Two ways to run it: {@link #shipped()} on every core (the analysis command and the build), and
 * {@link #availableOnOneThread()} on the calling thread alone (Podium's server: a reading in the background must never
 * take both cores from the residents filing comments; ONNX Runtime's own pool would, as would langchain4j's).
 */
public final class SentenceVectors {

    public static final int DIMENSIONS = 384;

    /** How many texts' vectors are remembered (the least recently used are forgotten first). */
    public static final int REMEMBERED = 20_000;

    private static volatile SentenceVectors shipped;

    private static volatile SentenceVectors oneThread;

    /** Why the model could not be loaded here (a platform without its native code), once tried; null if it was. */
    private static volatile Throwable unavailable;

    private final AbstractInProcessEmbeddingModel model;

    private final Map<String, float[]> remembered = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    private SentenceVectors(boolean oneThread) {
        // the libraries under the model log through SLF4J, which has no logger here and would say so on every start
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        this.model = oneThread ? new OneThread() : new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** The same model, its texts read one after the other on the caller's thread, ONNX Runtime on that thread too. */
    private static final class OneThread extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        OneThread() {
            super(Runnable::run);
            try (InputStream onnx = resource("all-minilm-l6-v2-q.onnx");
                    InputStream tokenizer = resource("all-minilm-l6-v2-q-tokenizer.json");
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                this.encoder = new OnnxBertBiEncoder(
                        environment,
                        environment.createSession(onnx.readAllBytes(), options),
                        tokenizer,
                        PoolingMode.MEAN);
            } catch (IOException | OrtException e) {
                throw new IllegalStateException("the sentence model could not be loaded", e);
            }
        }

        private static InputStream resource(String name) throws IOException {
            // the class literal does not load the packaged model (its static initialiser would, on every core)
            InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
            if (in == null) {
                throw new IOException(name + " is not on the class path");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }

    /** The model (loaded on first use, about 1.5 s). */
    public static SentenceVectors shipped() {
        return loaded(false);
    }

    /** The model on every core ({@code oneThread} false) or on the calling thread alone, loaded once each. */
    private static SentenceVectors loaded(boolean oneThread) {
        SentenceVectors s = oneThread ? SentenceVectors.oneThread : shipped;
        if (s == null) {
            synchronized (SentenceVectors.class) {
                s = oneThread ? SentenceVectors.oneThread : shipped;
                if (s == null) {
                    s = new SentenceVectors(oneThread);
                    if (oneThread) {
                        SentenceVectors.oneThread = s;
                    } else {
                        shipped = s;
                    }
                }
            }
        }
        return s;
    }

    /**
     * The model if this platform can run it (its native code is for Linux on x86-64 and ARM64), else empty — tried
     * once; {@link #whyUnavailable()} says what failed.
     */
    public static Optional<SentenceVectors> available() {
        return ifLoadable(false);
    }

    /**
     * The model on the calling thread alone, if this platform can run it (see {@link #available()}), else empty: what
     * a server runs in the background.
     */
    public static Optional<SentenceVectors> availableOnOneThread() {
        return ifLoadable(true);
    }

    private static Optional<SentenceVectors> ifLoadable(boolean oneThread) {
        if (unavailable == null) {
            try {
                return Optional.of(loaded(oneThread));
            } catch (LinkageError | RuntimeException e) {
                unavailable = e;
            }
        }
        return Optional.empty();
    }

    /** What kept the model from loading, if it was tried and failed. */
    public static Optional<Throwable> whyUnavailable() {
        return Optional.ofNullable(unavailable);
    }

    /** How close two texts are in meaning: the cosine of their vectors (−1 … 1; unrelated texts near 0). */
    public double closeness(String a, String b) {
        float[] x = of(a);
        float[] y = of(b);
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            d += x[i] * y[i];
        }
        return d;
    }

    public float[] of(String text) {
        float[] v = remembered(text);
        if (v == null) {
            v = model.embed(text).content().vector();
            remember(text, v);
        }
        return v;
    }

    /** Several texts at once (faster than one by one), in order. */
    public List<float[]> of(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<Integer> unread = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            out[i] = remembered(texts.get(i));
            if (out[i] == null) {
                unread.add(i);
            }
        }
        int batch = 32;
        for (int b = 0; b < unread.size(); b += batch) {
            List<Integer> part = unread.subList(b, Math.min(unread.size(), b + batch));
            List<TextSegment> segments =
                    part.stream().map(i -> TextSegment.from(texts.get(i))).toList();
            List<float[]> read = model.embedAll(segments).content().stream()
                    .map(e -> e.vector())
                    .toList();
            for (int k = 0; k < part.size(); k++) {
                out[part.get(k)] = read.get(k);
                remember(texts.get(part.get(k)), read.get(k));
            }
        }
        return List.of(out);
    }

    private float[] remembered(String text) {
        synchronized (remembered) {
            return remembered.get(text);
        }
    }

    private void remember(String text, float[] vector) {
        synchronized (remembered) {
            remembered.put(text, vector);
        }
    }
}

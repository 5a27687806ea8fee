package org.podium.analysis.stance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.Text;
import org.podium.analysis.text.WordSet;

/**
 * The stance model for an item no clerk has labelled yet: it reads the item's title (the motion) as the target. It is
 * trained on arguments for and against policy motions (IBM ArgQ-Rank-30k, CC-BY-SA 3.0, at build time) and knows one
 * thing about the target: whether the motion is to stop something ("ban", "abolish", "repeal", "cut" …) or to do it,
 * because the same words argue for one and against the other. Every feature is also learnt in conjunction with that
 * direction. Two classes: SUPPORT and OPPOSE; "neutral" is for the confidence threshold to say.
 */
public final class GeneralModel {

    static final int BITS = 18;
    static final String RESOURCE = "general-stance.model.gz";

    private static final WordSet STOPPING = WordSet.of(
            "abolish",
            "ban",
            "prohibit",
            "end",
            "stop",
            "cancel",
            "close",
            "limit",
            "restrict",
            "reduce",
            "cut",
            "repeal",
            "eliminate",
            "outlaw",
            "abandon",
            "decrease",
            "disband",
            "oppose",
            "reject",
            "not",
            "deny",
            "remove",
            "halt",
            "phase",
            "suspend",
            "withdraw",
            "freeze",
            "lower",
            "defund",
            "terminate",
            "criminalize",
            "criminalise",
            "shut",
            "scrap",
            "drop",
            "prevent",
            "against",
            "banned",
            "ended",
            "abolition",
            "abandoned",
            "prohibited",
            "repealed",
            "harm",
            "harmful",
            "fight",
            "criminal",
            "illegal",
            "no",
            "never",
            "less",
            "fewer");

    private static volatile GeneralModel shipped;

    private final Features features = new Features(BITS);
    private final LinearModel model;

    private GeneralModel(LinearModel model) {
        this.model = model;
    }

    /** 1 for a motion to do or add something, 2 for a motion to stop, ban or cut something. */
    static int direction(String target) {
        for (String w : Text.words(target)) {
            if (STOPPING.contains(w) || STOPPING.contains(Text.stem(w)) || w.endsWith("n't")) {
                return 2;
            }
        }
        return 1;
    }

    Sparse features(String target, String text) {
        return features(target, Prepared.of(text));
    }

    Sparse features(String target, Prepared text) {
        return features.of(text, direction(target) * 0x3c6ef372);
    }

    /** Trains a model on (target, text, stance) rows; rows labelled NEUTRAL are left out. */
    public static GeneralModel train(List<String> targets, List<String> texts, List<Stance> labels, int epochs) {
        GeneralModel g = new GeneralModel(new LinearModel(2, 1 << BITS));
        List<Sparse> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (labels.get(i) == Stance.NEUTRAL) {
                continue;
            }
            xs.add(g.features(targets.get(i), texts.get(i)));
            ys.add(labels.get(i) == Stance.SUPPORT ? 0 : 1);
        }
        g.model.train(xs, ys.stream().mapToInt(Integer::intValue).toArray(), epochs, 1e-5, true, 42);
        return g;
    }

    /** P(SUPPORT) toward the target. */
    public double support(String target, String text) {
        return support(target, Prepared.of(text));
    }

    public double support(String target, Prepared text) {
        return model.probabilities(features(target, text))[0];
    }

    /** With the text's cue phrases found already. */
    public double support(String target, Prepared text, List<Cues.Cue> cues) {
        return model.probabilities(features.of(text, direction(target) * 0x3c6ef372, cues))[0];
    }

    public void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)))) {
            model.write(d);
        }
    }

    public static GeneralModel read(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16))) {
            return new GeneralModel(LinearModel.read(d));
        }
    }

    /** The model built into the jar (trained at build time); empty when this build has none. */
    public static Optional<GeneralModel> shipped() {
        GeneralModel g = shipped;
        if (g == null) {
            synchronized (GeneralModel.class) {
                if (shipped == null) {
                    try (InputStream in = GeneralModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            return Optional.empty();
                        }
                        shipped = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                g = shipped;
            }
        }
        return Optional.of(g);
    }
}

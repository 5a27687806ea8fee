package org.podium.analysis.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.podium.analysis.text.Text;
import org.podium.analysis.text.WordSet;

/**
 * Cue phrases: what residents write when they state a position ("I oppose", "vote no on", "I urge you to support",
 * "please reject"). A negated cue is not the cue: "I do not oppose" is no opposition (it leans to support, weakly), "I
 * cannot support" is opposition. Read over word tokens ({@link Text#tokens}), looking back from each position word
 * ("oppose", "support", "vote" …) to the start of its sentence for who says it: "I" or "we" (a statement), or a request
 * ("please", "I urge you to", "we ask the council to" …), and for a negation in between.
 */
public final class Cues {

    /** What a cue says. */
    public enum Cue {
        SUPPORT,
        OPPOSE,
        NOT_OPPOSE
    }

    private static final WordSet FOR =
            WordSet.of("support", "endorse", "favor", "favour", "approve", "agree", "supportive");
    private static final WordSet AGAINST = WordSet.of("oppose", "opposed", "object", "reject", "disagree", "against");
    /** Verbs that are a position only when asked of the council: "please pass it", "I urge you to stop this". */
    private static final WordSet ASK_FOR = WordSet.of("pass", "adopt", "fund", "keep");

    private static final WordSet ASK_AGAINST = WordSet.of("deny", "stop", "block", "veto");
    private static final WordSet NEGATIONS = WordSet.of(
            "not",
            "never",
            "cannot",
            "don't",
            "dont",
            "can't",
            "cant",
            "won't",
            "wouldn't",
            "couldn't",
            "isn't",
            "aren't",
            "i'm not",
            "no");
    private static final WordSet REQUESTS =
            WordSet.of("please", "urge", "ask", "encourage", "implore", "beg", "request", "asking", "urging");
    private static final WordSet SUBJECTS = WordSet.of("i", "we", "i'm", "we're", "im");
    private static final WordSet OPENERS = WordSet.of("just", "so", "now", "then", "simply", "and");
    private static final WordSet OBJECTS = WordSet.of(
            "this",
            "the",
            "it",
            "that",
            "item",
            "ordinance",
            "measure",
            "prop",
            "proposition",
            "resolution",
            "levy",
            "proposal",
            "any");

    private Cues() {}

    /** Every cue in the normalised text, once each kind. */
    public static List<Cue> find(String normalized) {
        return find(Text.tokens(normalized));
    }

    /** Every cue in the tokens of a normalised text, once each kind. */
    public static List<Cue> find(List<String> tokens) {
        boolean support = false;
        boolean oppose = false;
        boolean notOppose = false;
        int sentence = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals(".")) {
                sentence = i + 1;
                continue;
            }
            boolean isFor = FOR.contains(t);
            boolean isAgainst = AGAINST.contains(t);
            boolean askFor = ASK_FOR.contains(t);
            boolean askAgainst = ASK_AGAINST.contains(t);
            if (t.equals("vote")) {
                String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
                if (next.equals("yes") || next.equals("for")) {
                    askFor = true;
                } else if (next.equals("no") || next.equals("against") || next.equals("down")) {
                    askAgainst = true;
                } else if (next.equals("in")
                        && i + 2 < tokens.size()
                        && tokens.get(i + 2).startsWith("favo")) {
                    askFor = true;
                } else {
                    continue;
                }
                if (!requested(tokens, sentence, i) && !negated(tokens, sentence, i)) {
                    // "vote no on it" stands by itself
                    support |= askFor;
                    oppose |= askAgainst;
                    continue;
                }
            } else if ((t.equals("yes") || t.equals("no"))
                    && i + 2 < tokens.size()
                    && tokens.get(i + 1).equals("on")
                    && OBJECTS.contains(tokens.get(i + 2))
                    && (i == sentence || !tokens.get(i - 1).equals("say"))) {
                support |= t.equals("yes");
                oppose |= t.equals("no");
                continue;
            } else if (t.equals("favor") || t.equals("favour")) {
                isFor = true;
            } else if (!isFor && !isAgainst && !askFor && !askAgainst) {
                continue;
            }
            if (t.equals("against") && i + 1 < tokens.size() && !OBJECTS.contains(tokens.get(i + 1))) {
                continue;
            }
            boolean negated = negated(tokens, sentence, i);
            boolean requested = requested(tokens, sentence, i);
            boolean stated = stated(tokens, sentence, i);
            boolean butThe = i > sentence
                    && tokens.get(i - 1).equals("but")
                    && i + 1 < tokens.size()
                    && OBJECTS.contains(tokens.get(i + 1));
            if (requested) {
                if (isFor || askFor) {
                    support |= !negated;
                    oppose |= negated;
                } else {
                    oppose |= !negated;
                    support |= negated;
                }
            } else if (stated || butThe) {
                if (isFor) {
                    support |= !negated;
                    oppose |= negated;
                } else if (isAgainst) {
                    if (negated) {
                        notOppose = true;
                    } else {
                        oppose = true;
                    }
                }
            } else if (i == sentence + 2
                    && tokens.get(sentence).equals("do")
                    && tokens.get(sentence + 1).equals("not")
                    && (isFor || askFor)) {
                oppose = true; // "Do not pass this."
            }
        }
        List<Cue> out = new ArrayList<>(2);
        if (notOppose) {
            out.add(Cue.NOT_OPPOSE);
        }
        if (support) {
            out.add(Cue.SUPPORT);
        }
        if (oppose) {
            out.add(Cue.OPPOSE);
        }
        return out;
    }

    /** "I …" or "we …" within the four words before, in the same sentence. */
    private static boolean stated(List<String> tokens, int sentence, int i) {
        for (int j = i - 1; j >= Math.max(sentence, i - 5); j--) {
            if (SUBJECTS.contains(tokens.get(j))) {
                return true;
            }
            if (REQUESTS.contains(tokens.get(j))) {
                return false;
            }
        }
        return false;
    }

    /** Verbs that ask the council for something when they open a sentence: "Approve the full request." */
    private static final WordSet IMPERATIVES =
            WordSet.of("approve", "reject", "pass", "adopt", "fund", "deny", "stop", "block", "veto");

    /**
     * "please …", "urge you to …", "ask the council to …" earlier in the sentence, within eight words; or the verb
     * opens its sentence, an imperative ("Pass the ordinance.", "Just reject it.").
     */
    private static boolean requested(List<String> tokens, int sentence, int i) {
        if (IMPERATIVES.contains(tokens.get(i))
                && (i == sentence || (i == sentence + 1 && OPENERS.contains(tokens.get(sentence))))) {
            return true;
        }
        for (int j = i - 1; j >= Math.max(sentence, i - 8); j--) {
            if (REQUESTS.contains(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** A negation between the subject or request and the position word (at most three words back). */
    private static boolean negated(List<String> tokens, int sentence, int i) {
        for (int j = i - 1; j >= Math.max(sentence, i - 3); j--) {
            String t = tokens.get(j);
            if (NEGATIONS.contains(t) || t.endsWith("n't")) {
                return true;
            }
            if (SUBJECTS.contains(t) || REQUESTS.contains(t)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The stance the cues state, when they agree: SUPPORT or OPPOSE (NOT_OPPOSE counts as a weak SUPPORT); empty when
     * there is none or they contradict each other ("I support the library but oppose the levy").
     */
    public static Optional<Stance> stated(String normalized) {
        return stated(find(normalized));
    }

    public static Optional<Stance> stated(List<Cue> cues) {
        boolean support = cues.contains(Cue.SUPPORT) || cues.contains(Cue.NOT_OPPOSE);
        boolean oppose = cues.contains(Cue.OPPOSE);
        if (support == oppose) {
            return Optional.empty();
        }
        return Optional.of(support ? Stance.SUPPORT : Stance.OPPOSE);
    }
}

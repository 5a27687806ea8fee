package org.podium.analysis.stance;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.text.WordSet;

/**
 * What a comment does when it states no position with a cue (docs/analysis.md, "Neutral and unsure"): it asks a
 * question, asks for information, speaks about the process, weighs both sides — all NEUTRAL toward the item — or it
 * passes a verdict on the item in words a cue list does not hold ("this levy is a scam", "long overdue"). Read over the
 * normalised text (lower case, plain quotes), sentence by sentence.
 */
public final class Phrases {

    /** Why a comment is read as taking no side. */
    public enum Neutral {
        /** Mostly questions, and not rhetorical ones. */
        QUESTION,
        /** Asks for documents, figures, an explanation. */
        INFORMATION,
        /** About the meeting or the process: the record, the schedule, interpretation, access. */
        PROCEDURAL,
        /** Weighs both sides without coming down on one. */
        MIXED
    }

    private static final Pattern INFORMATION = Pattern.compile(
            "\\b(please|kindly|could you|can you|would you|can (the )?(city|council|department|staff|alderm[ae]n|alderpersons?)"
                    + "|could (the )?(city|council|department|staff))\\b[^.!?]{0,60}?\\b(publish|provide|post|share|explain"
                    + "|clarify|release|disclose|send|list|break down|itemi[sz]e|show|tell (us|me|residents)|let (us|me|residents) know"
                    + "|make (it |this |them )?(public|available)|put online|answer)\\b"
                    + "|\\b(i|we)( would|'d) (like|love) to (know|see|understand|learn|request|get a copy)\\b"
                    + "|\\bwhere can (i|we|residents|people) (find|see|read|get)\\b"
                    + "|\\b(i am |i'm |we are |we're )?(requesting|request) (a copy|copies|the data|the numbers|information|documents"
                    + "|records|a breakdown|an? [a-z]+ (version|copy|list|map|breakdown))\\b|\\bfoia\\b|\\bfreedom of information\\b"
                    + "|\\b(should|must|ought to|needs? to) (share|publish|post|release|provide|disclose|be (posted|published|shared"
                    + "|released|made public|made available))\\b");

    private static final Pattern PROCEDURAL = Pattern.compile(
            "\\b(enter|include|put|submit|add|read) (this|my|our)( [a-z']+){0,3} (into|in|to|for|as part of) the (official )?"
                    + "(record|minutes)\\b|\\b(entered|included|read|placed|put) into the (official )?record\\b"
                    + "|\\bfor the record of\\b|\\bwritten (testimony|statements?|comments?)\\b|\\bcommunity meeting\\b"
                    + "|\\bnotices? (for|of|about) (the|this)\\b|\\b(hearing|public comment|meeting|vote)( on [a-z ]{1,30})? (should|could"
                    + "|must) (be )?(held|moved|rescheduled|wait|take place|be held)\\b"
                    + "|\\b(wait|delay|defer|postpone|hold off)[^.!?]{0,50}\\b(hearing|committee)\\b"
                    + "|\\b(when|what time|which (day|date|meeting)|what date) (will|is|does|do|did) [^.!?]{0,40}\\b(be heard"
                    + "|come up|be voted|be discussed|hearing|vote|be on the agenda|take place)\\b"
                    + "|\\b(interpreter|interpretation|translation|translated|asl|sign language|closed caption(s|ing)?|captioning"
                    + "|livestream|live stream|wheelchair|accessible|accessibility)\\b"
                    + "|\\b(sign up|register|signed up|registered) to speak\\b|\\bspeaker (list|sign-?up)\\b"
                    + "|\\bpublic comment (period|window|deadline)\\b|\\b(the )?agenda\\b|\\bquorum\\b|\\bminutes of\\b");

    private static final Pattern MIXED = Pattern.compile(
            "\\bon (the )?one hand\\b|\\bon the other hand\\b|\\bboth sides\\b|\\bpros and cons\\b|\\bmixed feelings\\b"
                    + "|\\b(i'm|i am|we're|we are) (torn|undecided|of two minds|on the fence)\\b|\\bcut both ways\\b"
                    + "|\\bgood (points|arguments) on both\\b|\\bhaven't (made up|decided)\\b|\\bhave not (made up|decided)\\b"
                    + "|\\bnot sure (whether|if|which|how i feel)\\b|\\bneither for nor against\\b|\\bneutral on\\b"
                    + "|\\bpart of me\\b|\\bin the middle\\b|\\b(no|without a|don't have a) strong (view|opinion|feeling)s?\\b"
                    + "|\\beither way\\b|\\bboth (arguments |sides |of them |things )?(are|feel|seem) (right|true|valid|fair)\\b"
                    + "|\\b(can't|cannot|won't|not going to) (tell you|say) (to|whether|which)\\b|\\bnot going to tell you\\b"
                    + "|\\b(a|roughly a) wash\\b|\\b(i'm|i am) stuck\\b|\\bhalf a thumbs?\\b|\\bsimple answer\\b");

    /** A question that argues: "why should seniors pay …", "how can you …", "isn't it obvious …". */
    private static final Pattern RHETORICAL = Pattern.compile(
            "^(why (should|would|do|does|is|are) (we|i|seniors|residents|taxpayers|anyone|the city|you)|how (can|could|dare)"
                    + " (you|the council|anyone|they)|who (in their right mind|thinks|wants)|isn't it|aren't you|don't you|doesn't"
                    + " anyone|what (is|was) the council thinking|are you (kidding|serious|joking))");

    /** "… is a scam": read where a verb of being comes, then checked for its subject (this, the, that, it, your). */
    private static final Pattern IS_VERDICT = Pattern.compile(
            "\\b(is|are|'s|was|would be|will be) (a |an |just |nothing but |total |complete |an absolute |absolute )*(scam"
                    + "|joke|bullshit|bs|crap|ripoff|rip-off|rip off|disgrace|outrage|insult|theft|robbery|ridiculous"
                    + "|outrageous|insane|absurd|shameful|garbage|nonsense|a disaster|disaster|unacceptable|unfair|a mistake"
                    + "|mistake|wrong|cash grab|money grab|boondoggle|giveaway|handout)\\b");

    /** The subject of such a verdict, within five words before it. */
    private static final Pattern VERDICT_SUBJECT = Pattern.compile("\\b(this|the|that|it|your)( [a-z$0-9']+){0,4} $");

    private static final Pattern AGAINST_VERDICT = Pattern.compile(
            "\\bshame on (you|the council|this council|all of you)\\b|\\bhighway robbery\\b|\\bcash grab\\b"
                    + "|\\bmoney grab\\b|\\b(hell|heck) no\\b|\\byou (clowns|idiots|crooks|thieves)\\b"
                    + "|\\b(robbing|rob|stealing from|gouging|fleecing) (working people|us|residents|taxpayers|homeowners"
                    + "|drivers)\\b|\\b(kill|scrap|drop|shelve|withdraw|table) (this|the|that) (levy|ordinance|plan"
                    + "|proposal|increase|program|amendment|item)\\b|\\bi'?ll remember (this|that) (at|in|on) (the polls"
                    + "|election)\\b");

    private static final Pattern FOR_VERDICT = Pattern.compile(
            "\\blong overdue\\b|\\babout time\\b|\\b(great|good|smart|sensible|excellent|wonderful) (idea|move|step|plan|decision"
                    + "|investment|proposal)\\b|\\bcommon sense\\b|\\bno[- ]brainer\\b|\\bmakes (perfect |good |a lot of )?sense\\b"
                    + "|\\b(thank you|thanks) for (bringing|proposing|introducing|taking up|finally)\\b|\\bplease (get|make) (this|it)"
                    + " (done|happen)\\b|\\b(let's|lets) (get|make) (this|it) (done|happen)\\b|\\b(hell|heck) yes\\b"
                    + "|\\b(ask|asking) (you )?for a yes\\b");

    // Each pattern runs only when the text holds one of its words: the patterns are long, and most comments hold
    // none of them (the analysis benchmark's new-item figure fell from 13,000 to 2,800 comments/s/core without this).
    // Each pattern runs only when the text holds a word that every way of matching it needs: the patterns are long,
    // and most comments hold none of those words (without this, the analysis benchmark's new-item figure fell from
    // about 14,000 to 2,800 comments/s/core on its 1,000-character comments).
    private static final WordSet INFORMATION_WORDS = words("publish provide post share explain clarify release disclose"
            + " send list break itemize itemise show tell let make put answer posted published shared released made like"
            + " love where requesting request foia freedom");
    private static final WordSet PROCEDURAL_WORDS = words("record minutes when what which interpreter interpretation"
            + " translation translated asl sign caption captions captioning livestream live wheelchair accessible"
            + " accessibility speak speaker period window deadline agenda quorum written notice notices wait delay defer"
            + " postpone hold held moved rescheduled place meeting");
    private static final WordSet MIXED_WORDS = words("hand sides pros mixed torn undecided minds fence ways arguments"
            + " points haven't decided sure neither neutral part middle strong either tell say wash stuck thumbs thumb"
            + " simple");
    private static final WordSet AGAINST_WORDS = words("scam joke bullshit bs crap ripoff rip disgrace outrage insult"
            + " theft robbery ridiculous outrageous insane absurd shameful garbage nonsense disaster unacceptable unfair"
            + " mistake wrong grab boondoggle giveaway handout shame highway kill scrap drop shelve withdraw table polls"
            + " election hell heck clowns idiots crooks thieves robbing rob stealing gouging fleecing");
    private static final WordSet FOR_WORDS = words("overdue time great good smart sensible excellent wonderful sense"
            + " brainer thank thanks done happen yes");

    /** "…, figures by ward, please.": the request that ends the comment. */
    private static final Pattern PLEASE_AT_END = Pattern.compile(
            "\\b(list|lists|figures|numbers|data|breakdown|totals|rates|costs|contracts|version|copy|map|report)\\b"
                    + "[^.!?]{0,90},? please[.!]?$");

    private static WordSet words(String list) {
        return WordSet.of(list.split(" "));
    }

    private Phrases() {}

    private static boolean holds(Prepared text, WordSet words) {
        for (String t : text.tokens()) {
            if (words.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pattern found in a sentence that holds one of the words (the sentences without any are not read: on long
     * comments the patterns cost more than the rest of the analysis).
     */
    static boolean foundNear(Pattern pattern, Prepared text, WordSet words) {
        String n = text.normalized();
        Set<String> seen = new HashSet<>();
        for (String t : text.tokens()) {
            if (!words.contains(t) || !seen.add(t)) {
                continue;
            }
            for (int at = n.indexOf(t); at >= 0; at = n.indexOf(t, at + t.length())) {
                int from = at;
                while (from > 0 && ".!?".indexOf(n.charAt(from - 1)) < 0) {
                    from--;
                }
                int to = at + t.length();
                while (to < n.length() && ".!?".indexOf(n.charAt(to)) < 0) {
                    to++;
                }
                Matcher m = pattern.matcher(n).region(from, Math.min(n.length(), to + 1));
                m.useTransparentBounds(true).useAnchoringBounds(false);
                if (m.find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Why the comment takes no side, if it reads so. */
    public static Optional<Neutral> neutral(Prepared text) {
        String n = text.normalized();
        if (foundNear(MIXED, text, MIXED_WORDS)) {
            return Optional.of(Neutral.MIXED);
        }
        if (foundNear(PROCEDURAL, text, PROCEDURAL_WORDS)) {
            return Optional.of(Neutral.PROCEDURAL);
        }
        if (foundNear(INFORMATION, text, INFORMATION_WORDS)
                || (n.endsWith("please") || n.endsWith("please.") || n.endsWith("please!"))
                        && PLEASE_AT_END.matcher(n).find()) {
            return Optional.of(Neutral.INFORMATION);
        }
        if (n.indexOf('?') < 0) {
            return Optional.empty();
        }
        List<String> sentences = List.of(n.split("(?<=[.!?])\\s+"));
        long questions = sentences.stream().filter(s -> s.strip().endsWith("?")).count();
        boolean rhetorical = sentences.stream()
                .anyMatch(s ->
                        s.strip().endsWith("?") && RHETORICAL.matcher(s.strip()).find());
        if (questions > 0 && !rhetorical && questions * 2 >= sentences.size()) {
            return Optional.of(Neutral.QUESTION);
        }
        return Optional.empty();
    }

    private static boolean isVerdict(Prepared text) {
        if (!holds(text, AGAINST_WORDS)) {
            return false;
        }
        String n = text.normalized();
        Matcher m = IS_VERDICT.matcher(n);
        while (m.find()) {
            if (VERDICT_SUBJECT
                    .matcher(n.substring(Math.max(0, m.start() - 60), m.start()))
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /** A verdict on the item in plain words, when there is one and only one. */
    public static Optional<Stance> verdict(Prepared text) {
        boolean against = foundNear(AGAINST_VERDICT, text, AGAINST_WORDS) || isVerdict(text);
        boolean favour = foundNear(FOR_VERDICT, text, FOR_WORDS);
        if (against == favour) {
            return Optional.empty();
        }
        return Optional.of(against ? Stance.OPPOSE : Stance.SUPPORT);
    }
}

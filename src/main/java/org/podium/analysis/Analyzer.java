package org.podium.analysis;

import java.util.List;
import org.podium.analysis.campaign.CampaignIndex;
import org.podium.analysis.stance.ItemModel;
import org.podium.analysis.stance.Prediction;
import org.podium.analysis.stance.Stance;
import org.podium.analysis.stance.StanceAnalyzer;
import org.podium.analysis.text.Prepared;
import org.podium.analysis.tone.Tone;
import org.podium.analysis.tone.Vader;
import org.podium.analysis.topic.TopicModel;

/**
 * Everything computed for one comment on one item: tone, stance (with its confidence and source), topics, campaign,
 * and whether the position the resident declared disagrees with what the text reads as. Thread-safe as long as each
 * caller brings its own item model and campaign index (or none).
 */
public final class Analyzer {

    /** The analysis of a comment. {@code campaign} is −1 without a campaign index. */
    public record Analysis(Prediction stance, Tone tone, List<String> topics, int campaign, boolean mismatch) {}

    private final StanceAnalyzer stance;

    public Analyzer(StanceAnalyzer stance) {
        this.stance = stance;
    }

    public static Analyzer shipped() {
        return new Analyzer(StanceAnalyzer.shipped());
    }

    /**
     * @param target the item's title and description (the motion)
     * @param declared the position the resident declared, or null
     * @param item the item's own model, or null before its clerks have labelled enough
     * @param topics the council's topics as its clerks taught them ({@link TopicModel#of} for keywords alone), or null
     * @param campaigns the item's campaign index (the comment is added to it), or null
     */
    public Analysis analyze(
            String target, String text, Stance declared, ItemModel item, TopicModel topics, CampaignIndex campaigns) {
        Prepared prepared = Prepared.of(text);
        Tone tone = Vader.get().score(text);
        Prediction p = stance.predict(target, prepared, tone.compound(), item);
        boolean mismatch = declared != null
                && declared != Stance.NEUTRAL
                && p.stance() != Stance.NEUTRAL
                && p.stance() != declared
                && !p.needsReview();
        return new Analysis(
                p,
                tone,
                topics == null ? List.of() : topics.topicsOf(prepared),
                campaigns == null ? -1 : campaigns.add(prepared),
                mismatch);
    }
}

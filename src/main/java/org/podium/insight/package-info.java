/**
 * The analysis inside Podium: each comment read on receipt (stance, tone, topics, campaign, the item it seems to be
 * about), clerks' stance labels training each item's model, the analysis API and the campaigns of an item. The
 * analysis itself is the plain-Java {@code org.podium.analysis}.
 */
package org.podium.insight;

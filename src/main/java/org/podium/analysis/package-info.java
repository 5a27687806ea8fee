/**
 * Analysis of comments: tone (VADER), stance toward the item (cue phrases, a general model, per-item models), topics,
 * form-letter campaigns. Plain Java with no Jakarta EE dependency, so that it runs, is tested and is benchmarked on its
 * own, and from the command line ({@code podium-analysis.jar}, see docs/analysis.md).
 */
package org.podium.analysis;

/**
 * The council's own rules, kept by its administrators: those for written comments (windows, length, publication) and
 * the posting policy (the reasons a comment may be rejected or reported, in both languages, published at
 * {@code policy.xhtml}). Comment, moderation and record read them; council reads none of those.
 */
package org.podium.council;

/** Moderation: the posting policy a clerk applies, and (next) the queue of comments waiting for a decision. */
package org.podium.moderation;

package org.podium.speaker.boundary;

import java.io.Serializable;

/** Fired when a meeting's live state changed; after the commit, every display of the meeting is told. */
public record LiveChanged(long meetingId) implements Serializable {}

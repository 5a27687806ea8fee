package org.podium.speaker.boundary;

/** Fired when a meeting's live state changed; after the commit, every display of the meeting is told. */
public record LiveChanged(long meetingId) implements java.io.Serializable {}

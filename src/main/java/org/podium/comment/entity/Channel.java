package org.podium.comment.entity;

/** How a comment reached the council: one intake queue for all of them. */
public enum Channel {
    WEB,
    API,
    EMAIL,
    LETTER,
    VOICEMAIL,
    CARD;

    /** The channels a clerk enters by hand. */
    public boolean isClerkEntered() {
        return this != WEB && this != API;
    }
}

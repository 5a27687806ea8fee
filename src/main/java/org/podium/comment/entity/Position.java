package org.podium.comment.entity;

/** What the commenter says they want the council to do with the item. */
public enum Position {
    SUPPORT,
    OPPOSE,
    NEUTRAL
}

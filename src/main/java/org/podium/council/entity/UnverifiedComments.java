package org.podium.council.entity;

/** What may become of a resident's comment whose e-mail address was never confirmed. */
public enum UnverifiedComments {
    /** A clerk may publish it like any other (it stays marked unverified for the clerks). */
    PUBLISH,
    /** It goes to the record only; it is published once its author confirms the address. */
    RECORD_ONLY
}

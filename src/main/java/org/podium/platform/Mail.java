package org.podium.platform;

/** One plain-text e-mail to one recipient. Fired as a CDI event; sent only if the transaction commits. */
public record Mail(String to, String subject, String body) {}

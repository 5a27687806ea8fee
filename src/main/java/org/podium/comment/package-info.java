/**
 * Written comments: residents file them on an agenda item whose comment window is open and get a receipt with a
 * tracking number; the tracking page shows the status and its history; the author (signed in, or through the link in
 * the receipt mail) sees the text and may withdraw it; clerks enter what came by e-mail, letter, voicemail or card.
 * An acknowledged comment is stored exactly once (idempotency key under a UNIQUE constraint).
 */
package org.podium.comment;

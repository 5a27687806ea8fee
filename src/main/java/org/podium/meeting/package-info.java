/**
 * Meetings and their agendas: a clerk drafts a meeting and its items, publishes the agenda (before which the public
 * sees nothing of it), and moves the meeting through its statuses. Each item says whether, and from when until when,
 * it takes public comment ({@link org.podium.meeting.entity.CommentWindow}).
 */
package org.podium.meeting;

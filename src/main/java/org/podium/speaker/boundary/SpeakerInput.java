package org.podium.speaker.boundary;

import java.util.List;

/**
 * A sign-up to speak. {@code mode}: IN_PERSON or REMOTE; {@code position}: SUPPORT, OPPOSE or NEUTRAL (optional);
 * {@code interpreterLanguage}: the language an interpreter is needed for (optional); a group names its members;
 * {@code resident}: self-declared, used only where the council gives residents priority. No home address is asked.
 */
public record SpeakerInput(
        String name,
        Boolean nameWithheld,
        String email,
        String mode,
        String position,
        String interpreterLanguage,
        String groupName,
        List<String> groupMembers,
        Boolean resident) {}

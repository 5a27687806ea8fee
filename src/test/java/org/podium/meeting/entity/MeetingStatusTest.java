package org.podium.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.podium.meeting.entity.MeetingStatus.ADJOURNED;
import static org.podium.meeting.entity.MeetingStatus.CANCELLED;
import static org.podium.meeting.entity.MeetingStatus.IN_PROGRESS;
import static org.podium.meeting.entity.MeetingStatus.SCHEDULED;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "SCHEDULED, IN_PROGRESS, true",
        "SCHEDULED, CANCELLED, true",
        "SCHEDULED, ADJOURNED, false",
        "SCHEDULED, SCHEDULED, false",
        "IN_PROGRESS, ADJOURNED, true",
        "IN_PROGRESS, CANCELLED, true",
        "IN_PROGRESS, SCHEDULED, false",
        "ADJOURNED, IN_PROGRESS, false",
        "ADJOURNED, CANCELLED, false",
        "ADJOURNED, SCHEDULED, false",
        "CANCELLED, SCHEDULED, false",
        "CANCELLED, IN_PROGRESS, false",
        "CANCELLED, ADJOURNED, false"
    })
    void transitions(MeetingStatus from, MeetingStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @ParameterizedTest
    @CsvSource({"ADJOURNED", "CANCELLED"})
    void endStatesGoNowhere(MeetingStatus end) {
        assertEquals(0, end.next().size());
        assertEquals(
                false,
                end.canMoveTo(SCHEDULED)
                        || end.canMoveTo(IN_PROGRESS)
                        || end.canMoveTo(ADJOURNED)
                        || end.canMoveTo(CANCELLED));
    }
}

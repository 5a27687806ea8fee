package org.podium.meeting.boundary;

import org.podium.platform.PodiumException;

/** Path parameters arrive as text, so that a malformed one gets the same 404 problem as an unknown one. */
final class ApiParams {

    private ApiParams() {
    }

    static long id(String value, String notFoundKey) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw PodiumException.notFound(notFoundKey);
    }
}

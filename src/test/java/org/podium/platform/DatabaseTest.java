package org.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void theReportedUrlCarriesNoParametersOrCredentials() {
        assertEquals(
                "jdbc:mysql://db:3306/podium",
                Database.withoutCredentials("jdbc:mysql://db:3306/podium?user=x&password=secret"));
        assertEquals(
                "jdbc:h2:file:./data/podium",
                Database.withoutCredentials("jdbc:h2:file:./data/podium;MODE=MySQL;PASSWORD=x"));
        assertEquals("", Database.withoutCredentials(null));
    }
}

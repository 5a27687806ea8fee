package org.podium.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostConnectionDeepInsideTheContainersWrappingIsAnOutage() {
        var lost = new SQLNonTransientConnectionException("Could not create connection to database server");
        assertTrue(DatabaseOutage.causes(
                new EJBException(new PersistenceException("Exception [EclipseLink-4002]", lost))));
        assertTrue(DatabaseOutage.causes(
                new PersistenceException(new SQLException("Communications link failure", "08S01"))));
        assertTrue(DatabaseOutage.causes(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.describe(new EJBException(new PersistenceException(lost)))
                .contains("Could not create connection"));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseOutage.causes(
                new PersistenceException(new SQLIntegrityConstraintViolationException("dup", "23000"))));
        assertFalse(DatabaseOutage.causes(new SQLException("syntax", "42000")));
        assertFalse(DatabaseOutage.causes(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.causes(null));
    }

    @Test
    void rightAfterAnOutageAnOddFailureIsExplainedByIt() {
        // while the database is away EclipseLink can hand out an entity with an empty relation: an NPE follows
        DatabaseOutage.causes(new SQLNonTransientConnectionException("Communications link failure"));
        assertTrue(DatabaseOutage.explains(new NullPointerException("getMeeting() is null")));
    }
}

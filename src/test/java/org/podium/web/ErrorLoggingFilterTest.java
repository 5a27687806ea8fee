package org.podium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.podium.web.fileupload.MalformedStream;

class ErrorLoggingFilterTest {

    @Test
    void brokenRequestsAreToldApartFromFaults() {
        assertEquals(
                "CSP nonce missing or not the page's",
                ErrorLoggingFilter.malformed(new ServletException("CSP nonce mismatch")));
        assertEquals(
                "CSP nonce missing or not the page's",
                ErrorLoggingFilter.malformed(new ServletException("Missing CSP nonce")));
        IllegalArgumentException badNonce = new IllegalArgumentException("Invalid UUID string: x");
        badNonce.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.UUID", "fromString", "UUID.java", 1),
            new StackTraceElement("org.primefaces.csp.CspState", "validate", "CspState.java", 150)
        });
        assertEquals("CSP nonce malformed", ErrorLoggingFilter.malformed(new ServletException(badNonce)));
        IllegalArgumentException ours = new IllegalArgumentException("Invalid UUID string: x");
        ours.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.podium.comment.web.ItemCommentsPage", "submit", "ItemCommentsPage.java", 1)
        });
        assertNull(ErrorLoggingFilter.malformed(new ServletException(ours)), "the same failure of ours is a fault");
        assertEquals(
                "malformed %-escape",
                ErrorLoggingFilter.malformed(new ServletException(
                        new IllegalArgumentException("URLDecoder: Illegal hex characters in escape (%) pattern"))));
        assertEquals(
                "malformed multipart body", ErrorLoggingFilter.malformed(new ServletException(new MalformedStream())));
        assertNull(ErrorLoggingFilter.malformed(new ServletException(new NullPointerException("a fault of ours"))));
        assertNull(ErrorLoggingFilter.malformed(new IllegalStateException((String) null)));
    }
}

package org.podium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class ErrorLoggingFilterTest {

    @Test
    void brokenRequestsAreToldApartFromFaults() {
        assertEquals("CSP nonce mismatch", ErrorLoggingFilter.malformed(new ServletException("CSP nonce mismatch")));
        assertEquals("malformed %-escape", ErrorLoggingFilter.malformed(new ServletException(
                new IllegalArgumentException("URLDecoder: Illegal hex characters in escape (%) pattern"))));
        assertEquals("malformed multipart body", ErrorLoggingFilter.malformed(new ServletException(
                new org.podium.web.fileupload.MalformedStream())));
        assertNull(ErrorLoggingFilter.malformed(new ServletException(new NullPointerException("a fault of ours"))));
        assertNull(ErrorLoggingFilter.malformed(new IllegalStateException((String) null)));
    }
}

package org.podium.platform;

import java.util.List;

/**
 * An RFC 9457 problem detail, as every API error is answered ({@code application/problem+json}).
 * {@code errors} names the fields at fault, each with its own message.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {}
}

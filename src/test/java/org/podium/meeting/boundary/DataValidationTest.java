package org.podium.meeting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.account.boundary.AccountData;

/** The stated limits of the clerk's and the resident's forms, as Bean Validation enforces them. */
class DataValidationTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static <T> Set<String> failing(T bean) {
        return VALIDATOR.validate(bean).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static ItemData item(String number, String links) {
        ItemData d = new ItemData();
        d.setNumber(number);
        d.setTitle("Ordinance: 2027 property tax levy");
        d.setLinks(links);
        return d;
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.b", "12", "IV-2", "3(a)", " 7 "})
    void itemNumbersAsPrinted(String number) {
        assertEquals(Set.of(), failing(item(number, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".4", "4 b", "<b>4</b>", "123456789012345678901"})
    void itemNumbersThatAreNot(String number) {
        assertEquals(Set.of("number"), failing(item(number, null)));
    }

    @Test
    void linksMustBeWebAddressesOneALine() {
        assertEquals(Set.of(), failing(item("1", "https://example.org/a\nhttp://example.org/b?x=1")));
        assertEquals(Set.of("links"), failing(item("1", "javascript:alert(1)")));
        assertEquals(Set.of("links"), failing(item("1", "https://example.org/a\nftp://example.org")));
        assertEquals(Set.of("links"), failing(item("1", "https://example.org/\"onmouseover=x")));
    }

    @Test
    void meetingFieldsAreRequiredAndBounded() {
        MeetingData d = new MeetingData();
        assertEquals(Set.of("body", "location", "startsAt", "title"), failing(d));
        d.setBody("City Council");
        d.setTitle("x".repeat(201));
        d.setLocation("Chamber");
        d.setStartsAt(Instant.now());
        d.setRemoteInstructions("y".repeat(2001));
        assertEquals(Set.of("remoteInstructions", "title"), failing(d));
    }

    @Test
    void accountsNeedANameAValidAddressAndAPassword() {
        assertEquals(Set.of("displayName", "email", "password"), failing(new AccountData()));
        assertEquals(
                Set.of("email"), failing(new AccountData("Rosa", "not-an-address", "long enough password", Set.of())));
        assertEquals(Set.of(), failing(new AccountData("Rosa", "rosa@example.org", "long enough password", Set.of())));
    }
}

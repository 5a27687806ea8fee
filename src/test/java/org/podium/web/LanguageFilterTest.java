package org.podium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageFilterTest {

    @Test
    void theLanguageParameterIsRemovedAndTheOthersKept() {
        assertEquals("id=4", LanguageFilter.withoutLang("id=4&lang=es"));
        assertEquals("id=4&page=2", LanguageFilter.withoutLang("lang=en&id=4&page=2"));
        assertEquals("", LanguageFilter.withoutLang("lang=es"));
        assertEquals("", LanguageFilter.withoutLang(null));
        assertEquals("language=x", LanguageFilter.withoutLang("language=x"));
    }
}

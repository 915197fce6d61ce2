package city.civility.portal.platform.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import city.civility.portal.platform.RuleViolation;

class ContactTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13800138000|PHONE|13800138000|138****8000",
            "+86 138-0013-8000|PHONE|13800138000|138****8000",
            "0086 (138) 0013 8000|PHONE|13800138000|138****8000",
            " Zhang.San@Example.COM |EMAIL|zhang.san@example.com|z***@example.com"})
    void aContactIsWrittenOneWayAndMaskedForStaff(String typed, Contact.Kind kind, String value, String masked) {
        Contact contact = Contact.parse(typed);
        assertEquals(new Contact(kind, value), contact);
        assertEquals(masked, contact.masked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "12800138000", "1380013800", "138001380001", "010-12345678", "zhang@", "@example.com",
            "zhang@example", "zhang san@example.com", "a@b@example.com"})
    void whatIsNeitherAMobileNumberNorAnAddressIsRefused(String typed) {
        assertEquals("contact.invalid", assertThrows(RuleViolation.class, () -> Contact.parse(typed)).messageKey());
    }
}

package city.civility.portal.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.RuleViolation;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void theStandardsOwnExampleIsValidHoweverItIsTyped() {
        // GB 11643-1999's example: born 1949-12-31 in 北京市西城区, check character X.
        assertEquals("11010519491231002X", ResidentIdNumber.parse("11010519491231002X", TODAY).value());
        assertEquals("11010519491231002X", ResidentIdNumber.parse(" 110105 19491231 002x ", TODAY).value());
        assertEquals("11010519491231002X", ResidentIdNumber.parse("１１０１０５１９４９１２３１００２Ｘ", TODAY).value());
    }

    @Test
    void aWrongCheckCharacterDateOrLengthIsRefused() {
        for (String wrong : new String[] {"110105194912310021", "11010519491231002", "110105194902310028", "110105203012310026", "01010519491231002X",
                "", null}) {
            assertEquals("campaigns.vote.idInvalid", assertThrows(RuleViolation.class, () -> ResidentIdNumber.parse(wrong, TODAY)).messageKey(),
                    String.valueOf(wrong));
        }
    }

    @Test
    void theCheckCharacterFollowsTheMod11Sum() {
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        // 2 gives sum ≡ 0: check character 1.
        String seventeen = "44030419900101002";
        char check = ResidentIdNumber.checkCharacter(seventeen);
        assertEquals(seventeen + check, ResidentIdNumber.parse(seventeen + check, TODAY).value());
    }

    @Test
    void itNeverPrintsWhole() {
        assertFalse(ResidentIdNumber.parse("11010519491231002X", TODAY).toString().contains("19491231"));
    }
}

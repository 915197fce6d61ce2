package city.civility.portal.platform.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.2", "10.0.0.3");

    @Test
    void aVisitorCannotChooseTheirAddressWithoutATrustedProxy() {
        assertEquals("198.51.100.9", ClientAddress.resolve("198.51.100.9", "203.0.113.1", PROXIES));
        assertEquals("198.51.100.9", ClientAddress.resolve("198.51.100.9", "203.0.113.1", Set.of()));
    }

    @Test
    void behindTrustedProxiesTheClientIsTheLastAddressNoProxyAppended() {
        assertEquals("203.0.113.7", ClientAddress.resolve("10.0.0.2", "203.0.113.7", PROXIES));
        assertEquals("203.0.113.7", ClientAddress.resolve("10.0.0.2", "203.0.113.7, 10.0.0.3", PROXIES), "two proxies in a row");
        assertEquals("203.0.113.7", ClientAddress.resolve("10.0.0.2", "1.2.3.4, 203.0.113.7", PROXIES),
                "what the client wrote itself, on the left, is not believed");
    }

    @Test
    void aTrustedProxyThatNamesNoClientIsTheClient() {
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", null, PROXIES));
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", " ", PROXIES));
    }
}

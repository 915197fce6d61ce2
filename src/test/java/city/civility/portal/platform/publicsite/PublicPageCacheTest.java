package city.civility.portal.platform.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicPageCacheTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "gzip, deflate, br, zstd | true",
            "GZIP | true",
            "br;q=1.0, gzip;q=0.8, *;q=0.1 | true",
            "x-gzip | true",
            "* | true",
            "gzip;q=0, identity | false",
            "gzip; q=0.000 | false",
            "*;q=0 | false",
            "gzip;q=0, * | false",
            "br, deflate | false",
            "identity | false",
            "'' | false"})
    void gzipOnlyForClientsThatTakeIt(String acceptEncoding, boolean expected) {
        assertEquals(expected, PublicPageCache.acceptsGzip(acceptEncoding));
    }

    @Test
    void noAcceptEncodingIsNoGzip() {
        assertEquals(false, PublicPageCache.acceptsGzip(null));
    }

    @Test
    void everyVersionLanguageAndEncodingHasItsOwnTag() {
        Instant version = Instant.parse("2025-03-01T08:00:00.123Z");
        assertEquals("W/\"1740816000.123000000-zh-CN\"", PublicPageCache.etag(version, Locale.SIMPLIFIED_CHINESE, false));
        assertEquals("W/\"1740816000.123000000-zh-CN-gzip\"", PublicPageCache.etag(version, Locale.SIMPLIFIED_CHINESE, true));
        assertNotEquals(PublicPageCache.etag(version, Locale.ENGLISH, false), PublicPageCache.etag(version, Locale.SIMPLIFIED_CHINESE, false));
        assertNotEquals(PublicPageCache.etag(version.plusNanos(1), Locale.ENGLISH, false), PublicPageCache.etag(version, Locale.ENGLISH, false));
    }
}

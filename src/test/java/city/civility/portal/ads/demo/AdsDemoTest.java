package city.civility.portal.ads.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import city.civility.portal.ads.DemoAd;

/** The demo city's ads: a dozen, every theme among them, each a poster the build drew and a text that passes the editor's rules. */
class AdsDemoTest {

    private static List<DemoAd> demo() throws IOException {
        try (InputStream in = AdsDemo.class.getResourceAsStream("/demo/ads.txt")) {
            return AdsDemo.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), AdsDemo::drawnPoster);
        }
    }

    @Test
    void aDozenPostersCoverEveryThemeAndEveryPlacement() throws IOException {
        List<DemoAd> demo = demo();
        assertEquals(12, demo.size());
        assertEquals(Set.of("CORE_VALUES", "CIVILITY", "TRAFFIC", "VOLUNTEERING", "NEW_CUSTOMS", "SAVE_FOOD", "WASTE_SORTING"),
                demo.stream().map(d -> d.draft().themeCode()).collect(Collectors.toSet()));
        for (DemoAd ad : demo) {
            BufferedImage poster = ImageIO.read(new ByteArrayInputStream(ad.poster()));
            assertEquals(AdPosters.WIDTH, poster.getWidth(), ad.fileName());
            assertEquals(AdPosters.HEIGHT, poster.getHeight(), ad.fileName());
            assertTrue(ad.draft().altText().contains("广告语"), "each says its slogan in words: " + ad.draft().title());
        }
        assertEquals(Set.of("home-banner", "sidebar", "article-footer", "lobby", "square-led"),
                demo.stream().flatMap(d -> d.placements().keySet().stream()).collect(Collectors.toSet()), "something on every placement");
    }
}

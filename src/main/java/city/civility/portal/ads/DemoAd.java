package city.civility.portal.ads;

import java.util.Map;

/** An ad of the demo city: what its editor would have written, its poster as a JPEG file, and the placements it is on with their weights. */
public record DemoAd(AdDraft draft, String fileName, byte[] poster, Map<String, Integer> placements) {
}

package city.civility.portal.ads;

/** An ad of the demo city: what its editor would have written, and its poster as a JPEG file. */
public record DemoAd(AdDraft draft, String fileName, byte[] poster) {
}

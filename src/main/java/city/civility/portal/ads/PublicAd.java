package city.civility.portal.ads;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A published ad as the public sees it, on its page, in the gallery and through the API: never
 * who wrote or reviewed it, nor a review note.
 */
public record PublicAd(long id, String title, AdTheme theme, AdFormat format, String description, String altText,
                       String producer, int year, String rights, String licence, List<String> tags, Instant publishedAt,
                       List<PublicFile> files) {

    /** One of its files: what it is, where it is served, and how often it was downloaded. */
    public record PublicFile(long id, AdFileRole role, String url, String contentType, String extension, long sizeBytes,
                             String sizeText, Integer width, Integer height, long downloads, boolean picture) {

        /** The counted download: the ad's page links here, not to the file. */
        public String downloadUrl(long adId) {
            return "/ads/" + adId + "/download/" + role.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static PublicAd of(Ad ad) {
        return new PublicAd(ad.getId(), ad.getTitle(), ad.getTheme(), ad.getFormat(), ad.getDescription(), ad.getAltText(),
                ad.getProducer(), ad.getYear(), ad.getRights(), ad.getLicence(), ad.tagList(), ad.getPublishedAt(),
                ad.getFiles().stream().sorted(java.util.Comparator.comparing(AdFile::getRole)).map(f -> new PublicFile(f.getId(), f.getRole(),
                        f.getMedia().getUrl(), f.getMedia().getType().contentType(), f.getMedia().getType().extension(),
                        f.getMedia().getSizeBytes(), f.getMedia().getSizeText(), f.getMedia().getWidth(), f.getMedia().getHeight(),
                        f.getDownloads(), f.getMedia().getType().isImage())).toList());
    }

    public Optional<PublicFile> file(AdFileRole role) {
        return files.stream().filter(f -> f.role() == role).findFirst();
    }

    /** The still that stands for the ad in lists and banners: its small web copy, or a film's poster. */
    public Optional<PublicFile> picture() {
        return file(AdFileRole.WEB).or(() -> file(AdFileRole.POSTER));
    }

    /** The original, when it is what a page plays: a film or a sound. */
    public Optional<PublicFile> playable() {
        return file(AdFileRole.ORIGINAL).filter(f -> !f.picture());
    }

    /** The ad's address. */
    public String path() {
        return "/ads/" + id;
    }
}

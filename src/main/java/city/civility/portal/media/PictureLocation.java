package city.civility.portal.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.exif.GpsDirectory;

/**
 * Where a photo says it was taken: its EXIF GPS position, read from the upload before
 * re-encoding drops every metadata. A camera without a fix writes 0,0; that is no place.
 */
public record PictureLocation(double latitude, double longitude) {

    static Optional<PictureLocation> of(Path picture) {
        try {
            GpsDirectory gps = ImageMetadataReader.readMetadata(picture.toFile()).getFirstDirectoryOfType(GpsDirectory.class);
            GeoLocation at = gps == null ? null : gps.getGeoLocation();
            if (at == null || at.isZero() || Math.abs(at.getLatitude()) > 90 || Math.abs(at.getLongitude()) > 180) {
                return Optional.empty();
            }
            return Optional.of(new PictureLocation(at.getLatitude(), at.getLongitude()));
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return Optional.empty(); // unreadable metadata only means no position: the picture itself is judged by its decoding
        }
    }
}

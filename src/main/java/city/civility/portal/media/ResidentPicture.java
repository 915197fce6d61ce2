package city.civility.portal.media;

import java.util.Optional;

/** A resident's picture as the library kept it (re-encoded, no metadata) and where the upload said it was taken. */
public record ResidentPicture(MediaFile file, Optional<PictureLocation> takenAt) {
}

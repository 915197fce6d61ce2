package city.civility.portal.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.primefaces.model.file.UploadedFile;

import city.civility.portal.media.MediaFile;
import city.civility.portal.media.MediaService;
import city.civility.portal.platform.i18n.Texts;

/**
 * A staff page's upload into the media library: the file PrimeFaces received, stored by
 * {@link MediaService}; a refusal (not a picture, too large, an unknown kind) becomes the
 * page's error message, and the result is null.
 */
@ApplicationScoped
public class Uploads {

    @Inject
    MediaService media;

    /** For a place that shows a picture (a cover, a banner, the text). */
    public MediaFile picture(UploadedFile file) throws IOException {
        return stored(file, media::uploadPicture);
    }

    /** A picture or a document. */
    public MediaFile file(UploadedFile file) throws IOException {
        return stored(file, media::upload);
    }

    private static MediaFile stored(UploadedFile file, BiFunction<String, InputStream, MediaFile> upload) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return Texts.attempt(() -> upload.apply(file.getFileName(), in));
        }
    }
}

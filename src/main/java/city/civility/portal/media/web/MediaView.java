package city.civility.portal.media.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;

import city.civility.portal.media.MediaFile;
import city.civility.portal.media.MediaService;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.PagedModel;

/** The media library page: upload, and the newest files first. */
@Named
@ViewScoped
public class MediaView implements Serializable {

    @Inject
    transient MediaService media;

    @Inject
    Uploads uploads;

    private final PagedModel<MediaFile> files = new PagedModel<>(
            (first, size, order) -> media.list(order, first, size), () -> media.count(), MediaFile::getId);

    public void upload(FileUploadEvent event) throws IOException {
        MediaFile stored = uploads.file(event.getFile());
        if (stored != null) {
            Texts.info("media.uploaded", stored.getOriginalName());
        }
    }

    public PagedModel<MediaFile> getFiles() {
        return files;
    }

    public MediaService.Limits getLimits() {
        return media.limits();
    }

    public String getTooLargeMessage() {
        return Texts.get("media.tooLarge", media.limits().maxDocumentMb());
    }

    /** The largest upload the browser lets through before sending; the server checks each kind. */
    public long getSizeLimit() {
        MediaService.Limits limits = media.limits();
        return Math.max(limits.maxImageMb(), limits.maxDocumentMb()) * 1024L * 1024L;
    }
}

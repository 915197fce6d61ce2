package city.civility.portal.media.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Part;

import city.civility.portal.media.Upload;

/** The files a public form's file input sent, as the media library takes them. */
public final class FileParts {

    private FileParts() {
    }

    /** The chosen files; a file input left empty still sends one nameless, empty part, which is no file. */
    public static List<Upload> uploads(List<Part> parts) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (Part part : parts) {
            if (part.getSize() > 0) {
                uploads.add(new Upload(part.getSubmittedFileName(), part.getInputStream()));
            }
        }
        return uploads;
    }
}

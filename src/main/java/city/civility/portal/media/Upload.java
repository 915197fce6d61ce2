package city.civility.portal.media;

import java.io.InputStream;

/** A file as a form received it: the name the sender's computer gave it, and its bytes. */
public record Upload(String originalName, InputStream content) {
}

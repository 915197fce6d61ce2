package city.civility.portal.media.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.media.FileType;
import city.civility.portal.media.MediaFile;
import city.civility.portal.media.MediaService;

/**
 * Serves the media library: {@code /media/{key}} and {@code /media/{key}/thumb}. The
 * key is looked up in the database; nothing from the address reaches the file system.
 * A key's bytes never change, so browsers may keep them for a year.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    /** {@code /{key}} or {@code /{key}/thumb}; anything else (no key at all, too) is not a file. */
    private static final Pattern ADDRESS = Pattern.compile("/([^/]+)(/thumb)?");

    @Inject
    MediaService media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!address.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean thumbnail = address.group(2) != null;
        Optional<MediaFile> found = media.find(address.group(1));
        if (found.isEmpty() || (thumbnail && !found.get().getType().isImage())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile file = found.get();
        Path content = media.contentOf(file, thumbnail);
        if (!Files.isRegularFile(content)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + file.getKey() + (thumbnail ? "-t" : "") + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(thumbnail ? FileType.JPEG.contentType() : file.getType().contentType());
        response.setContentLengthLong(Files.size(content));
        if (!file.getType().isImage()) {
            String encoded = URLEncoder.encode(file.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file.getKey() + "." + file.getType().extension()
                    + "\"; filename*=UTF-8''" + encoded);
        }
        if (!"HEAD".equals(request.getMethod())) {
            Files.copy(content, response.getOutputStream());
        }
    }
}

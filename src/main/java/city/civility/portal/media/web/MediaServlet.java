package city.civility.portal.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
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
 * A key's bytes never change, so browsers may keep them for a year. A part of a file is
 * served when asked for ({@code Range: bytes=…}): a film plays from where the viewer skips
 * to, and a broken download resumes. {@code ?download} offers any file as a download.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    /** {@code /{key}} or {@code /{key}/thumb}; anything else (no key at all, too) is not a file. */
    private static final Pattern ADDRESS = Pattern.compile("/([^/]+)(/thumb)?");
    /** One range, {@code bytes=0-499}, {@code bytes=500-} or {@code bytes=-500} (the last 500); several are answered whole. */
    private static final Pattern RANGE = Pattern.compile("bytes=([0-9]{0,18})-([0-9]{0,18})");

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
        response.setContentType(thumbnail ? FileType.JPEG.contentType()
                : file.getType().kind() == FileType.Kind.CAPTIONS ? file.getType().contentType() + ";charset=UTF-8" : file.getType().contentType());
        response.setHeader("Accept-Ranges", "bytes");
        if (!file.getType().isImage() || request.getParameter("download") != null) {
            String encoded = URLEncoder.encode(file.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file.getKey() + "." + file.getType().extension()
                    + "\"; filename*=UTF-8''" + encoded);
        }
        long size = Files.size(content);
        String ifRange = request.getHeader("If-Range");
        Matcher range = RANGE.matcher(String.valueOf(request.getHeader("Range")));
        if (!range.matches() || !wellFormed(range) || (ifRange != null && !ifRange.equals(etag))) { // RFC 9110: an invalid range is ignored
            response.setContentLengthLong(size);
            if (!"HEAD".equals(request.getMethod())) {
                Files.copy(content, response.getOutputStream());
            }
            return;
        }
        long first;
        long last;
        if (range.group(1).isEmpty()) { // the last n bytes
            long suffix = Long.parseLong(range.group(2));
            first = Math.max(0, size - suffix);
            last = suffix == 0 ? -1 : size - 1;
        } else {
            first = Long.parseLong(range.group(1));
            last = range.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(range.group(2)));
        }
        if (first >= size || last < first) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Content-Range", "bytes */" + size);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setHeader("Content-Range", "bytes " + first + "-" + last + "/" + size);
        response.setContentLengthLong(last - first + 1);
        if (!"HEAD".equals(request.getMethod())) {
            try (SeekableByteChannel channel = Files.newByteChannel(content)) {
                channel.position(first);
                try (InputStream part = Channels.newInputStream(channel)) {
                    copy(part, response.getOutputStream(), last - first + 1);
                }
            }
        }
    }

    /** A range with at least one end, and its ends in order. */
    private static boolean wellFormed(Matcher range) {
        String first = range.group(1);
        String last = range.group(2);
        return !(first.isEmpty() && last.isEmpty()) && (first.isEmpty() || last.isEmpty() || Long.parseLong(last) >= Long.parseLong(first));
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (long left = length; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }
}

package city.civility.portal.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * Reads every multipart form (the public forms with photos, the staff's uploads) with Commons
 * FileUpload instead of the server's own parser. Payara's registers each part with a cleaner
 * whose action holds the part itself, so no part of any request was ever freed: about 20 KB a
 * case form, and a heap full after some 20,000 forms. Fields and files reach JSF, PrimeFaces
 * and the portal's servlets through the request as before ({@link MultipartRequest}); a file
 * over 1 MB waits on disk, never whole in memory, and every part is deleted once the request
 * is answered. A request over the limits is refused before anything reads it: 413, or 400
 * for one that is not a form at all.
 */
@WebFilter(filterName = "multipartForms") // mapped in web.xml: before any filter that reads a parameter
public class MultipartForms extends HttpFilter {

    /** The largest request: the media library and each form check their own, smaller limits. */
    static final long MAX_REQUEST_BYTES = 101L * 1024 * 1024;
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    /** More parts than any form of the portal has: a request of thousands of tiny parts is refused. */
    static final int MAX_PARTS = 100;
    private static final int IN_MEMORY_BYTES = 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(MultipartForms.class.getName());

    private DiskFileItemFactory parts;

    @Override
    public void init() throws ServletException {
        try {
            parts = DiskFileItemFactory.builder().setPath(Files.createTempDirectory("portal-uploads-")).setBufferSize(IN_MEMORY_BYTES)
                    .setCharset(StandardCharsets.UTF_8).get();
        } catch (IOException e) {
            throw new ServletException("no folder for uploads", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || !JakartaServletFileUpload.isMultipartContent(request)) {
            chain.doFilter(request, response);
            return;
        }
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>(parts);
        upload.setSizeMax(MAX_REQUEST_BYTES);
        upload.setFileSizeMax(MAX_FILE_BYTES);
        upload.setFileCountMax(MAX_PARTS);
        List<DiskFileItem> items;
        try {
            items = upload.parseRequest(request);
        } catch (FileUploadSizeException e) { // the whole request, a file, or the number of parts
            LOG.info(() -> "event=upload-refused reason=" + e.getClass().getSimpleName() + " path=" + request.getRequestURI());
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        } catch (FileUploadException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            chain.doFilter(new MultipartRequest(request, items), response);
        } finally {
            for (DiskFileItem item : items) {
                try {
                    item.delete();
                } catch (IOException e) {
                    Path where = item.getPath();
                    LOG.log(Level.WARNING, "event=upload-not-deleted file=" + where, e);
                }
            }
        }
    }
}

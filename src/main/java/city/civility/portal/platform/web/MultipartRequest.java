package city.civility.portal.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.apache.commons.fileupload2.core.DiskFileItem;

/**
 * A multipart form as {@link MultipartForms} read it: its fields (after the address's query
 * parameters) are the request's parameters, its files the request's parts.
 */
final class MultipartRequest extends GivenParameters {

    private final List<Part> parts;

    MultipartRequest(HttpServletRequest request, List<DiskFileItem> items) throws IOException {
        super(request, fields(request, items));
        this.parts = items.stream().<Part>map(UploadedPart::new).toList();
    }

    /** The address's query parameters, then the form's fields, in the request's character set. */
    private static Map<String, String[]> fields(HttpServletRequest request, List<DiskFileItem> items) throws IOException {
        Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(request.getCharacterEncoding());
        Map<String, List<String>> values = new LinkedHashMap<>();
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    int equals = pair.indexOf('=');
                    String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                    String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
        }
        for (DiskFileItem item : items) {
            if (item.isFormField()) {
                values.computeIfAbsent(item.getFieldName(), n -> new ArrayList<>()).add(item.getString(charset));
            }
        }
        Map<String, String[]> map = new LinkedHashMap<>();
        values.forEach((name, list) -> map.put(name, list.toArray(String[]::new)));
        return map;
    }

    @Override
    public Collection<Part> getParts() {
        return parts;
    }

    @Override
    public Part getPart(String name) {
        return parts.stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
    }

    /** One part of the form, a field or a file, as the Servlet API shows it. */
    private record UploadedPart(DiskFileItem item) implements Part {

        @Override
        public InputStream getInputStream() throws IOException {
            return item.getInputStream();
        }

        @Override
        public String getContentType() {
            return item.getContentType();
        }

        @Override
        public String getName() {
            return item.getFieldName();
        }

        @Override
        public String getSubmittedFileName() {
            return item.getName();
        }

        @Override
        public long getSize() {
            return item.getSize();
        }

        @Override
        public void write(String fileName) throws IOException {
            item.write(Path.of(fileName));
        }

        @Override
        public void delete() throws IOException {
            item.delete();
        }

        @Override
        public String getHeader(String name) {
            return item.getHeaders() == null ? null : item.getHeaders().getHeader(name);
        }

        @Override
        public Collection<String> getHeaders(String name) {
            List<String> all = new ArrayList<>();
            if (item.getHeaders() != null) {
                item.getHeaders().getHeaders(name).forEachRemaining(all::add);
            }
            return all;
        }

        @Override
        public Collection<String> getHeaderNames() {
            List<String> all = new ArrayList<>();
            if (item.getHeaders() != null) {
                item.getHeaders().getHeaderNames().forEachRemaining(all::add);
            }
            return all;
        }
    }
}

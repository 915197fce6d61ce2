package city.civility.portal.platform.publicsite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/** Keeps what the page writes, to send it and to remember it. */
final class CapturedResponse extends HttpServletResponseWrapper {

    static final String POLICY = "Content-Security-Policy";

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean cookie;
    private boolean passedThrough;
    /** The rendering's content security policy, with its nonce: a kept copy is sent with it, or its scripts would not run. */
    private String policy;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passedThrough = true;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passedThrough = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        super.sendRedirect(location);
    }

    boolean passedThrough() {
        return passedThrough;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(charset)));
        }
        return writer;
    }

    @Override
    public void addCookie(jakarta.servlet.http.Cookie c) {
        cookie = true;
        super.addCookie(c);
    }

    @Override
    public void addHeader(String name, String value) {
        note(name, value);
        super.addHeader(name, value);
    }

    @Override
    public void setHeader(String name, String value) {
        note(name, value);
        super.setHeader(name, value);
    }

    private void note(String name, String value) {
        cookie |= "Set-Cookie".equalsIgnoreCase(name);
        if (POLICY.equalsIgnoreCase(name)) {
            policy = value;
        }
    }

    String policy() {
        return policy;
    }

    @Override
    public void setContentLength(int len) {
        // the real length is set when the captured page is sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // the real length is set when the captured page is sent
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    boolean setsCookie() {
        return cookie;
    }

    byte[] bytes() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }
}

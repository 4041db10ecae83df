package bank.bonafide.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A request body ends where its {@code Content-Length} says. Grizzly does not end the stream there when the request
 * also asks to upgrade the connection ({@code Upgrade: h2c}, which the JDK's HTTP client sends by default): a reader
 * that wanted more (an incomplete JSON body, an upload read up to its limit) then waited 30 s for bytes that never
 * came, held one of the few request threads, and ended in a 500 (reliability R3). Chunked bodies are left as they are,
 * except on a GET or HEAD, which carries no body at all (see {@link #refuseBody}).
 */
public class DeclaredLengthBody extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && (length > 0 || chunked)) {
            refuseBody(request, response, length);
            return;
        }
        if (length < 0) {
            chain.doFilter(request, response);
            return;
        }
        // Content-Length 0 too: Grizzly's own stream would wait for a body on an upgrade request (see above).
        Bounded bounded = new Bounded(request, length);
        try {
            chain.doFilter(bounded, response);
        } finally {
            bounded.dropUnread();
        }
    }

    /** The most of a refused body read (and dropped) so that its sender, still writing, gets to read the refusal. */
    static final long MAX_DRAINED = 8L * 1024 * 1024;

    /**
     * A GET or HEAD with a body: no endpoint reads one, so the resource answered without reading it and the server closed
     * the connection on the unread rest while the client was still sending; the client saw no answer at all (R3, a 6 MB
     * GET). Now the body is read and dropped (up to {@link #MAX_DRAINED}) and the request refused with a problem.
     */
    private static void refuseBody(HttpServletRequest request, HttpServletResponse response, long length) throws IOException {
        boolean drained = true;
        if (length <= MAX_DRAINED) {
            ServletInputStream in = new Limited(request.getInputStream(), length < 0 ? MAX_DRAINED : length);
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                read += n;
            }
            drained = length >= 0 || read < MAX_DRAINED;
        } else {
            drained = false;
        }
        int status = drained ? 400 : 413;
        if (!drained) {
            response.setHeader("Connection", "close");
        }
        byte[] problem = ("{\"type\":\"about:blank\",\"title\":\"" + (drained ? "Bad Request" : "Content Too Large")
                + "\",\"status\":" + status + ",\"detail\":\"A " + request.getMethod() + " request carries no body.\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setContentLength(problem.length);
        response.getOutputStream().write(problem);
    }

    private static final class Bounded extends HttpServletRequestWrapper {
        private final long length;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long length) {
            super(request);
            this.length = length;
        }

        @Override
        public synchronized ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Limited(super.getInputStream(), length);
            }
            return stream;
        }

        /**
         * Reads what the resource left of the body (up to {@link #MAX_DRAINED}) before its answer leaves: an endpoint
         * that takes no body answered a 6 MB post without reading it, the server closed the connection on the unread
         * rest, and the client, still sending, never saw the answer (R3). A small answer is still in the response
         * buffer here, so the client gets it once it has finished sending.
         */
        void dropUnread() {
            if (length == 0 || length > MAX_DRAINED) {
                return;
            }
            try {
                ServletInputStream in = getInputStream();
                byte[] buffer = new byte[64 * 1024];
                while (in.read(buffer) > 0) {
                    // dropped
                }
            } catch (IOException | IllegalStateException e) {
                // read as a reader or asynchronously, or the client went away: nothing left to protect
            }
        }
    }

    private static final class Limited extends ServletInputStream {
        private final ServletInputStream in;
        private long left;

        Limited(ServletInputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            left = b < 0 ? 0 : left - 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(count, left));
            left = n < 0 ? 0 : left - n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return left <= 0 || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return left <= 0 || in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}

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
 * came, held one of the few request threads, and ended in a 500 (reliability R3). Chunked bodies are left as they are.
 */
public class DeclaredLengthBody extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        chain.doFilter(length < 0 ? request : new Bounded(request, length), response);
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

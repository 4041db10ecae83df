package bank.bonafide.platform.web;

import bank.bonafide.platform.persistence.StatementCount;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Where {@link StatementCount} is installed (system tests), answers every request with header {@value #HEADER}: the
 * statements its thread sent. The page is held back until it is complete, because a page renders (and queries) while
 * it writes, and a header must go before the body. Where it is not installed, requests pass untouched.
 *
 * <p>Registered first in each web module, so that it counts all the request does.
 */
public class StatementCountHeader implements Filter {

    public static final String HEADER = "Bonafide-Statements";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!StatementCount.installed() || !(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        StatementCount.reset();
        HeldResponse held = new HeldResponse(http);
        chain.doFilter(request, held);
        if (!http.isCommitted()) {
            http.setHeader(HEADER, String.valueOf(StatementCount.sent()));
        }
        held.release();
    }

    /** The response with its body kept in memory until {@link #release()}; redirects and errors go straight through. */
    private static final class HeldResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        HeldResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("held responses are written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            flushBuffer();
            body.reset();
        }

        @Override
        public void reset() {
            super.reset();
            resetBuffer();
        }

        @Override
        public void setContentLength(int length) {
            // the length is set from the held body on release
        }

        @Override
        public void setContentLengthLong(long length) {
            // the length is set from the held body on release
        }

        void release() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (!response.isCommitted() && body.size() > 0) {
                response.setContentLengthLong(body.size());
            }
            if (body.size() > 0) {
                body.writeTo(response.getOutputStream());
            }
        }
    }
}

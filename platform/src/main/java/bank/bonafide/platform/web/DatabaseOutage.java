package bank.bonafide.platform.web;

import bank.bonafide.platform.persistence.DatabaseUnreachable;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * On the screens, a request that failed because the database could not be reached is answered 503 with
 * {@code Retry-After} (the web module's error page for 503 says so in words), not 500: the bank is briefly
 * unavailable, nothing is broken and nothing already sent was lost. Other failures pass on unchanged.
 */
public class DatabaseOutage implements Filter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnreachable.isCause(e) || response.isCommitted() || !(response instanceof HttpServletResponse http)) {
                throw e;
            }
            // No stack trace: during an outage every request would write one, and they all say the same.
            LOG.warning("database unreachable: answered 503 (" + e.getClass().getName() + ")");
            http.resetBuffer();
            http.setHeader("Retry-After", String.valueOf(DatabaseUnreachable.RETRY_AFTER_SECONDS));
            http.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}

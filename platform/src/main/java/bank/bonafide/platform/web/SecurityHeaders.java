package bank.bonafide.platform.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-side defences every response of a web module carries (OWASP ASVS V14.4): no framing, no content-type
 * guessing, no referrer (sign-in codes travel in query strings), a content security policy, and no caching of
 * anything but the static resources, because bank pages show personal data on shared counters. HSTS is sent on
 * HTTPS only, where it means something; behind a TLS-terminating proxy the listener must be marked secure.
 *
 * <p>Init parameter {@code content-security-policy} sets the module's policy; the default allows nothing but the
 * module's own origin. The screens need {@code 'unsafe-inline'} scripts for PrimeFaces, which writes inline event
 * handlers; they still cannot load a script from anywhere else or be framed.
 */
public class SecurityHeaders implements Filter {

    static final String DEFAULT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private String policy = DEFAULT_POLICY;

    @Override
    public void init(FilterConfig config) {
        String configured = config.getInitParameter("content-security-policy");
        if (configured != null && !configured.isBlank()) {
            policy = configured.strip().replaceAll("\\s+", " ");
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            answer.setHeader("Content-Security-Policy", policy);
            answer.setHeader("X-Frame-Options", "DENY");
            answer.setHeader("X-Content-Type-Options", "nosniff");
            answer.setHeader("Referrer-Policy", "no-referrer");
            answer.setHeader("Permissions-Policy", "geolocation=(), microphone=(), payment=(), usb=()");
            answer.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            if (!http.getRequestURI().contains("/jakarta.faces.resource/")) {
                answer.setHeader("Cache-Control", "no-store");
            }
            if (http.isSecure()) {
                answer.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
        }
        chain.doFilter(request, response);
    }
}

package bank.bonafide.platform.web;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * OpenID Connect authorization-code sign-in for a browser WAR, one Keycloak client per WAR.
 *
 * <ul>
 * <li>A protected page without a session sends the browser to Keycloak with a fresh state and nonce.</li>
 * <li>{@code /Callback} checks the state, exchanges the code (client secret, back channel), verifies the
 *     ID token, renews the session id (no fixation) and redirects to the page first asked for, so the
 *     code and state never stay in the address bar.</li>
 * <li>Each later request is signed in from the session while the access token is valid; after that the
 *     refresh token is used, and if Keycloak refuses it (user blocked, session ended) the session ends
 *     here too. A fraud block ({@link BlockedLogins}) ends the session with the very next request.</li>
 * <li>{@code /logout} ends the session here and at Keycloak.</li>
 * </ul>
 * Subclasses name their module ({@code backoffice}, {@code portal}); settings are
 * {@code bonafide.<module>.oidc.client-id} and {@code bonafide.<module>.oidc.client-secret}.
 */
public abstract class BrowserSignIn implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(BrowserSignIn.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PENDING = BrowserSignIn.class.getName() + ".pending";
    static final String CALLBACK = "/Callback";
    static final String LOGOUT = "/logout";

    /** The module's name, which is also its context root: {@code backoffice} or {@code portal}. */
    protected abstract String module();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (CALLBACK.equals(path)) {
            return completeSignIn(request, response, context);
        }
        if (LOGOUT.equals(path)) {
            return signOut(request, context);
        }
        Optional<SignedInUser> user = SignedInUser.of(request).flatMap(u -> current(request, u));
        if (user.isPresent()) {
            return context.notifyContainerAboutLogin(user.get().username(), user.get().groups());
        }
        return context.isProtected() ? startSignIn(request, context) : context.doNothing();
    }

    /**
     * The user with a valid access token (refreshed if needed), or empty after ending the session. A login
     * blocked for fraud ends here at once, without waiting for the token to expire.
     */
    private Optional<SignedInUser> current(HttpServletRequest request, SignedInUser user) {
        if (BlockedLogins.revoked(user.username(), user.issuedAt())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            LOG.info(() -> "session of blocked login " + user.username() + " ended");
            return Optional.empty();
        }
        if (!user.accessExpired(Instant.now())) {
            return Optional.of(user);
        }
        Optional<SignedInUser> refreshed = KeycloakTokens.tokenRequest(Map.of(
                        "grant_type", "refresh_token",
                        "refresh_token", user.refreshToken(),
                        "client_id", clientId(),
                        "client_secret", clientSecret()))
                .flatMap(tokens -> signedIn(tokens, null));
        HttpSession session = request.getSession(false);
        if (refreshed.isEmpty()) {
            if (session != null) {
                session.invalidate();
            }
            return Optional.empty();
        }
        session.setAttribute(SignedInUser.SESSION_KEY, refreshed.get());
        return refreshed;
    }

    private AuthenticationStatus startSignIn(HttpServletRequest request, HttpMessageContext context) {
        String state = randomToken();
        String nonce = randomToken();
        String returnTo = "GET".equals(request.getMethod())
                ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : request.getContextPath() + "/";
        request.getSession(true).setAttribute(PENDING, new Pending(state, nonce, returnTo));
        String url = KeycloakTokens.endpoint("authorization_endpoint")
                + "?response_type=code&scope=openid%20profile%20email"
                + "&client_id=" + encode(clientId())
                + "&redirect_uri=" + encode(callbackUrl(request))
                + "&state=" + state + "&nonce=" + nonce;
        return context.redirect(url);
    }

    private AuthenticationStatus completeSignIn(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        if (pending == null || state == null || code == null
                || !MessageDigest.isEqual(pending.state().getBytes(StandardCharsets.US_ASCII),
                        state.getBytes(StandardCharsets.US_ASCII))) {
            return refuse(response, context, "Your sign-in has expired or was started in another window.");
        }
        session.removeAttribute(PENDING);
        Optional<SignedInUser> user = KeycloakTokens.tokenRequest(Map.of(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", callbackUrl(request),
                        "client_id", clientId(),
                        "client_secret", clientSecret()))
                .flatMap(tokens -> signedIn(tokens, pending.nonce()));
        if (user.isEmpty()) {
            LOG.warning(() -> module() + ": sign-in refused (token exchange or ID-token verification failed)");
            return refuse(response, context, "We could not confirm your sign-in.");
        }
        request.changeSessionId();
        session.setAttribute(SignedInUser.SESSION_KEY, user.get());
        return context.redirect(pending.returnTo());
    }

    private AuthenticationStatus signOut(HttpServletRequest request, HttpMessageContext context) {
        Optional<SignedInUser> user = SignedInUser.of(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String url = KeycloakTokens.endpoint("end_session_endpoint") + "?client_id=" + encode(clientId())
                + user.map(u -> "&id_token_hint=" + encode(u.idToken())).orElse("");
        return context.redirect(url);
    }

    /** Verifies the ID token of a token response; with a nonce for a fresh sign-in, without for a refresh. */
    private Optional<SignedInUser> signedIn(JsonObject tokens, String expectedNonce) {
        String idToken = tokens.getString("id_token", null);
        String refreshToken = tokens.getString("refresh_token", null);
        if (idToken == null || refreshToken == null) {
            return Optional.empty();
        }
        return KeycloakTokens.verify(idToken, clientId())
                .filter(claims -> expectedNonce == null || expectedNonce.equals(KeycloakTokens.stringClaim(claims, "nonce")))
                .map(claims -> user(claims, tokens, idToken, refreshToken));
    }

    private static SignedInUser user(JWTClaimsSet claims, JsonObject tokens, String idToken, String refreshToken) {
        String username = KeycloakTokens.stringClaim(claims, "preferred_username");
        return new SignedInUser(claims.getSubject(), username == null ? claims.getSubject() : username,
                KeycloakTokens.stringClaim(claims, "given_name"), KeycloakTokens.stringClaim(claims, "customer_id"),
                KeycloakTokens.groups(claims), Instant.now().plusSeconds(tokens.getInt("expires_in", 60)),
                refreshToken, idToken, claims.getIssueTime() == null ? Instant.now() : claims.getIssueTime().toInstant());
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context, String why) {
        try {
            response.setStatus(401);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Sign-in failed"
                    + "</title></head><body><h1>Sign-in failed</h1><p>" + why
                    + " <a href=\"./\">Sign in again</a>. 登录未完成，请重新登录。</p></body></html>");
        } catch (IOException e) {
            // the browser went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private String callbackUrl(HttpServletRequest request) {
        String base = request.getRequestURL().toString();
        return base.substring(0, base.indexOf(request.getContextPath(), base.indexOf("//") + 2))
                + request.getContextPath() + CALLBACK;
    }

    private String clientId() {
        return ConfigProvider.getConfig().getOptionalValue("bonafide." + module() + ".oidc.client-id", String.class)
                .orElse("bonafide-" + module());
    }

    /** Defaults to the dev secret of keycloak/realm/bonafide-realm.json; production sets its own. */
    private String clientSecret() {
        return ConfigProvider.getConfig().getOptionalValue("bonafide." + module() + ".oidc.client-secret", String.class)
                .orElse("bonafide-" + module() + "-dev-secret");
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private record Pending(String state, String nonce, String returnTo) implements Serializable {
    }
}

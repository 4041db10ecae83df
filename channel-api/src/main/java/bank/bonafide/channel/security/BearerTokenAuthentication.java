package bank.bonafide.channel.security;

import bank.bonafide.channel.problem.Problem;
import bank.bonafide.platform.web.BlockedLogins;
import bank.bonafide.platform.web.KeycloakTokens;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Signs in API callers from their {@code Authorization: Bearer} token.
 *
 * <p>Why not Payara's MP-JWT: see {@link bank.bonafide.platform.web}. This mechanism is a selected
 * alternative visible only in this WAR.
 *
 * <p>No token: the request goes on anonymous (the resource decides). A bad token: 401 problem+json.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class BearerTokenAuthentication implements HttpAuthenticationMechanism {

    public static final String TOKEN_ATTRIBUTE = VerifiedToken.class.getName();

    /** The audience Keycloak puts in tokens meant for this API (README "Configuration"). */
    static String audience() {
        return ConfigProvider.getConfig().getOptionalValue("bonafide.api.audience", String.class).orElse("bonafide-api");
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        Optional<VerifiedToken> token = header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? KeycloakTokens.verify(header.substring(7).strip(), audience()).map(VerifiedToken::of)
                : Optional.empty();
        // A login blocked for fraud loses its tokens at once, not when they expire.
        if (token.isEmpty() || BlockedLogins.revoked(token.get().username(), token.get().issuedAt())) {
            return refuse(response);
        }
        request.setAttribute(TOKEN_ATTRIBUTE, token.get());
        return context.notifyContainerAboutLogin(token.get().username(), token.get().groups());
    }

    private static AuthenticationStatus refuse(HttpServletResponse response) {
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentType(Problem.MEDIA_TYPE.toString());
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "https://bonafide.bank/problems/invalid-token")
                    .add("title", "Invalid token")
                    .add("status", 401)
                    .add("detail", "The bearer token is expired, revoked, not ours or unreadable. Sign in again.")
                    .build().toString());
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}

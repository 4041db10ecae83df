package bank.bonafide.channel;

import bank.bonafide.channel.security.BearerTokenAuthentication;
import bank.bonafide.channel.security.VerifiedToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who is calling, from the verified bearer token: a customer acts only for herself (the token's
 * {@code customer_id}, whatever the request names); terminals and staff name the customer.
 */
@RequestScoped
public class Caller {

    /** An event this far from now is a replay and needs compliance or admin. */
    public static final Duration REPLAY = Duration.ofMinutes(5);

    @Inject
    HttpServletRequest request;

    public Optional<VerifiedToken> token() {
        return Optional.ofNullable((VerifiedToken) request.getAttribute(BearerTokenAuthentication.TOKEN_ATTRIBUTE));
    }

    public String name() {
        return token().map(VerifiedToken::username).orElse("?");
    }

    public boolean customer() {
        return request.isUserInRole("CUSTOMER");
    }

    public boolean inRole(String role) {
        return request.isUserInRole(role);
    }

    /** The customer the call is for: her own id for a customer login, otherwise the one named (up to 32 characters). */
    public Optional<String> customerFor(String named) {
        if (customer()) {
            return token().map(VerifiedToken::customerId).filter(s -> !s.isBlank());
        }
        return Optional.ofNullable(named).map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 32);
    }

    /** Whose records the caller may read: a customer only her own (present), staff any (empty). */
    public Optional<String> readScope() {
        return customer() ? Optional.of(token().map(VerifiedToken::customerId).orElse("")) : Optional.empty();
    }

    /** "app:alice", "terminal:stm-0042", "staff:bo.wang": how the bank records who acted. */
    public String via() {
        return (customer() ? "app:" : inRole("TERMINAL") ? "terminal:" : "staff:") + name();
    }

    /** Acting at another time than now is a replay, allowed to compliance officers and admins only. */
    public boolean mayActAt(Instant at) {
        boolean replay = Duration.between(at, Instant.now()).abs().compareTo(REPLAY) > 0;
        return !replay || inRole("COMPLIANCE_OFFICER") || inRole("ADMIN");
    }
}

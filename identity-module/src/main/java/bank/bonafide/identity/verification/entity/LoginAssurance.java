package bank.bonafide.identity.verification.entity;

import java.time.Instant;
import java.util.List;

/**
 * How strongly the caller's session was authenticated, as the identity provider stated it in the token
 * (OIDC {@code acr}, {@code amr}, {@code auth_time}). Null fields were not stated.
 */
public record LoginAssurance(String acr, List<String> amr, Instant authTime) {

    public static final LoginAssurance NOT_STATED = new LoginAssurance(null, List.of(), null);

    public LoginAssurance {
        amr = amr == null ? List.of() : List.copyOf(amr);
    }
}

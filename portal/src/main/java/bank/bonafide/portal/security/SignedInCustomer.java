package bank.bonafide.portal.security;

import bank.bonafide.platform.web.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The customer of this request, as Keycloak vouched for them at sign-in ({@code customer_id} claim). */
@RequestScoped
public class SignedInCustomer {

    @Inject
    HttpServletRequest request;

    /** The bank's customer id; empty for a login that is not linked to a customer. */
    public Optional<String> customerId() {
        return SignedInUser.of(request).map(SignedInUser::customerId).filter(id -> !id.isBlank());
    }

    public String displayName() {
        return SignedInUser.of(request).map(SignedInUser::displayName).orElse("");
    }
}

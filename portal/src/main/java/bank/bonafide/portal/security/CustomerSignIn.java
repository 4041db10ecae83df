package bank.bonafide.portal.security;

import bank.bonafide.platform.web.BrowserSignIn;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/** Customers sign in through Keycloak client {@code bonafide-portal}. */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class CustomerSignIn extends BrowserSignIn {

    @Override
    protected String module() {
        return "portal";
    }
}

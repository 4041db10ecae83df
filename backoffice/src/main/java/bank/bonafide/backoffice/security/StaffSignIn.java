package bank.bonafide.backoffice.security;

import bank.bonafide.platform.web.BrowserSignIn;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/** Staff sign in through Keycloak client {@code bonafide-backoffice}; roles from the {@code groups} claim. */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class StaffSignIn extends BrowserSignIn {

    @Override
    protected String module() {
        return "backoffice";
    }
}

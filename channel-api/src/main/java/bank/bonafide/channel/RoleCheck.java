package bank.bonafide.channel;

import bank.bonafide.channel.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;

/**
 * Deny by default: a resource method is reachable only as its (or its class's) {@code @RolesAllowed}
 * or {@code @PermitAll} says. A method that says nothing answers 403 to everyone, so a forgotten
 * annotation closes an endpoint instead of opening it. Anonymous callers of a role-bound method get
 * 401, signed-in callers without the role 403, both as problem+json.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        AnnotatedElement method = resource.getResourceMethod();
        AnnotatedElement type = resource.getResourceClass();
        AnnotatedElement decisive = declaresAccess(method) ? method : declaresAccess(type) ? type : null;
        if (decisive == null || decisive.isAnnotationPresent(DenyAll.class)) {
            context.register(new Refuse());
        } else if (decisive.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RequireRole(Arrays.asList(decisive.getAnnotation(RolesAllowed.class).value())));
        }
    }

    private static boolean declaresAccess(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class Refuse implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            request.abortWith(Problem.response(403, "forbidden", "Forbidden", "This endpoint is closed."));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class RequireRole implements ContainerRequestFilter {
        private final List<String> roles;

        RequireRole(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext caller = request.getSecurityContext();
            if (caller.getUserPrincipal() == null) {
                request.abortWith(Problem.response(401, "unauthorized", "Unauthorized",
                        "Sign in first: this API needs a bearer token."));
            } else if (roles.stream().noneMatch(caller::isUserInRole)) {
                request.abortWith(Problem.response(403, "forbidden", "Forbidden", "Your login does not allow this."));
            }
        }
    }
}

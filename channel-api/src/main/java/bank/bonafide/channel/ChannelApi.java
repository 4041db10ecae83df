package bank.bonafide.channel;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Bearer-token API for the terminal and the mobile app. Tokens are verified by
 * {@link bank.bonafide.channel.security.BearerTokenAuthentication}; access is decided per resource
 * method by {@link RoleCheck} (deny unless a role is granted).
 */
@ApplicationPath("api")
@DeclareRoles({"CUSTOMER", "BACK_OFFICE", "COMPLAINT_HANDLER", "COMPENSATION_APPROVER", "COMPLIANCE_OFFICER", "ADMIN"})
public class ChannelApi extends Application {
}

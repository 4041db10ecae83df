package bank.bonafide.channel;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import bank.bonafide.channel.complaints.ComplaintsResource;
import bank.bonafide.channel.consent.BiometricConsentResource;
import bank.bonafide.channel.evidence.EvidenceResource;
import bank.bonafide.channel.lending.LoanApplicationsResource;
import bank.bonafide.channel.lending.LoansResource;
import bank.bonafide.channel.lostdocuments.LostDocumentsResource;
import bank.bonafide.channel.operations.ClockSweepResource;
import bank.bonafide.channel.operations.SealVerificationResource;
import bank.bonafide.channel.reports.ComplaintReportsResource;
import bank.bonafide.channel.problem.UnexpectedErrorMapper;
import bank.bonafide.channel.problem.WebErrorMapper;
import bank.bonafide.channel.verifications.VerificationsResource;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * Bearer-token API for the terminal and the mobile app. Tokens are verified by
 * {@link bank.bonafide.channel.security.BearerTokenAuthentication}; access is decided per resource
 * method by {@link RoleCheck} (deny unless a role is granted).
 *
 * <p>Resources are application-scoped and hold only proxies (EJBs, {@link Caller}); request data come as method
 * parameters. A request-scoped resource cost a bean creation and injection on every call (benchmark P2).
 */
@ApplicationPath("api")
@DeclareRoles({"TERMINAL", "CUSTOMER", "BACK_OFFICE", "COMPLAINT_HANDLER", "COMPENSATION_APPROVER", "COMPLIANCE_OFFICER", "ADMIN"})
public class ChannelApi extends Application {

    /**
     * Listed, not scanned: scanning would walk the EAR's lib/ and log a warning for every resource
     * interface of the Keycloak admin client.
     */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ComplaintsResource.class, BiometricConsentResource.class, EvidenceResource.class,
                LostDocumentsResource.class, VerificationsResource.class, LoanApplicationsResource.class, LoansResource.class,
                ComplaintReportsResource.class, ClockSweepResource.class, SealVerificationResource.class, RoleCheck.class, WebErrorMapper.class,
                UnexpectedErrorMapper.class);
    }
}

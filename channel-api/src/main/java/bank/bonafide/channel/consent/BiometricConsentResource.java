package bank.bonafide.channel.consent;

import bank.bonafide.channel.Caller;
import bank.bonafide.channel.problem.Problem;
import bank.bonafide.identity.consent.boundary.BiometricConsents;
import bank.bonafide.identity.consent.boundary.ConsentChange;
import bank.bonafide.identity.consent.boundary.ConsentStatus;
import bank.bonafide.identity.consent.control.BiometricNotice;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Separate biometric consent (CN-07): read the notice and where a customer stands, give consent after
 * the notice was shown, withdraw it (which deletes every face kept). A customer acts only for themselves
 * (the token's {@code customer_id}); a terminal or the back office names the customer.
 */
@Path("biometric-consent")
@ApplicationScoped
@RolesAllowed({"CUSTOMER", "TERMINAL", "BACK_OFFICE"})
@Produces(MediaType.APPLICATION_JSON)
public class BiometricConsentResource {

    @Inject
    Caller caller;

    @Inject
    BiometricConsents consents;

    @GET
    public Response status(@QueryParam("customerId") String customerId) {
        return caller.customerFor(customerId).map(id -> Response.ok(status(consents.status(id)).build().toString()).build())
                .orElseGet(BiometricConsentResource::noCustomer);
    }

    /** The caller confirms the customer was shown the current notice and said yes to it, on its own. */
    @POST
    public Response give(@QueryParam("customerId") String customerId) {
        Optional<String> id = caller.customerFor(customerId);
        if (id.isEmpty()) {
            return noCustomer();
        }
        ConsentChange change = consents.give(id.get(), caller.via());
        // ConsentChange is sealed; giving answers Given or NotOffered (Java 17: no pattern switch yet).
        if (change instanceof ConsentChange.Given given) {
            return Response.status(given.alreadyActive() ? 200 : 201)
                    .entity(status(consents.status(id.get())).add("consentId", given.consentId().toString()).build().toString())
                    .build();
        }
        ConsentChange.NotOffered no = (ConsentChange.NotOffered) change;
        return Problem.response(409, "biometric-consent-not-offered", "Biometric consent cannot be given now",
                "The bank cannot collect faces at the moment: " + no.reason() + ". You can still be verified without your face.");
    }

    @DELETE
    public Response withdraw(@QueryParam("customerId") String customerId) {
        Optional<String> id = caller.customerFor(customerId);
        if (id.isEmpty()) {
            return noCustomer();
        }
        ConsentChange change = consents.withdraw(id.get(), caller.via());
        int purged = change instanceof ConsentChange.Withdrawn withdrawn ? withdrawn.facesPurged() : 0;
        int held = change instanceof ConsentChange.Withdrawn withdrawn ? withdrawn.facesHeld() : 0;
        return Response.ok(status(consents.status(id.get())).add("facesDeleted", purged).add("facesHeldAsDisputeEvidence", held)
                .add("withoutFace", "You can be verified without your face: ID document check, a one-time code to your "
                        + "own phone, your payment password, or at a branch counter.").build().toString()).build();
    }

    private static JsonObjectBuilder status(ConsentStatus status) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("active", status.active()).add("facesKept", status.facesKept());
        status.givenAt().ifPresent(at -> json.add("givenAt", at.toString()));
        status.notice().ifPresentOrElse(n -> json.add("notice", notice(n)), () -> json.add("notice", "not offered"));
        return json;
    }

    private static JsonObjectBuilder notice(BiometricNotice notice) {
        return Json.createObjectBuilder().add("consentType", "SEPARATE").add("purpose", notice.purpose())
                .add("retentionDays", notice.retentionDays()).add("text", notice.text()).add("sha256", notice.sha256())
                .add("rulePack", notice.packId() + " v" + notice.packVersion());
    }

    private static Response noCustomer() {
        return Problem.response(400, "no-customer", "Which customer?",
                "A customer login acts for itself; terminals and staff name the customer with ?customerId=.");
    }
}

package bank.bonafide.channel.evidence;

import bank.bonafide.channel.Caller;
import bank.bonafide.channel.problem.Problem;
import bank.bonafide.identity.evidence.boundary.EvidenceExport;
import bank.bonafide.identity.evidence.boundary.EvidenceExports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;

/**
 * A decision's sealed evidence package for a court or a regulator: {@code ?format=json} (authoritative)
 * or {@code pdf} (readable), and a {@code purpose} naming the case; every export is logged.
 */
@Path("evidence")
@RequestScoped
@RolesAllowed({"COMPLIANCE_OFFICER", "ADMIN"})
public class EvidenceResource {

    @Inject
    Caller caller;

    @Inject
    EvidenceExports exports;

    @GET
    @Path("{decisionId}")
    public Response export(@PathParam("decisionId") String decisionId, @QueryParam("format") String format,
                           @QueryParam("purpose") String purpose) {
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(decisionId));
        } catch (IllegalArgumentException e) {
            return invalid("decisionId must be the decision's id as the verification answered it");
        }
        EvidenceExport.Format as;
        try {
            as = EvidenceExport.Format.valueOf(format == null ? "JSON" : format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return invalid("format must be json or pdf");
        }
        if (purpose == null || purpose.isBlank() || purpose.length() > 200) {
            return invalid("purpose is required (up to 200 characters): the case or request the export is for");
        }
        return exports.export(id, as, caller.name(), purpose)
                .map(e -> Response.ok(e.content(), e.mediaType())
                        .header("Content-Disposition", "attachment; filename=\"" + e.fileName() + "\"").build())
                .orElseGet(() -> Problem.response(404, "not-found", "Not Found", "No evidence package for this decision."));
    }

    private static Response invalid(String detail) {
        return Problem.response(400, "invalid-evidence-request", "Invalid evidence request", detail);
    }
}

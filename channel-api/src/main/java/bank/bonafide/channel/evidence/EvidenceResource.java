package bank.bonafide.channel.evidence;

import bank.bonafide.channel.Caller;
import bank.bonafide.channel.problem.Problem;
import bank.bonafide.identity.evidence.boundary.EvidenceExport;
import bank.bonafide.identity.evidence.boundary.EvidenceExports;
import bank.bonafide.identity.evidence.boundary.ExportRequestView;
import bank.bonafide.identity.evidence.boundary.ExportStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A decision's sealed evidence package for a court or a regulator, in three steps because it is personal data
 * leaving the bank: {@code POST evidence/{decisionId}/exports?format=json|pdf&purpose=} asks (202, pending);
 * {@code POST evidence/exports/{id}/approval} (or {@code /rejection}) is a second person's decision, never the
 * asker's; {@code GET evidence/exports/{id}} is the asker's one collection of the document, logged with the purpose.
 * JSON is authoritative (its content is what the seal covers), PDF is for reading.
 */
@Path("evidence")
@ApplicationScoped
@RolesAllowed({"COMPLIANCE_OFFICER", "ADMIN"})
public class EvidenceResource {

    @Inject
    Caller caller;

    @Inject
    EvidenceExports exports;

    @POST
    @Path("{decisionId}/exports")
    public Response ask(@PathParam("decisionId") String decisionId, @QueryParam("format") String format,
                        @QueryParam("purpose") String purpose) {
        Optional<UUID> id = uuid(decisionId);
        if (id.isEmpty()) {
            return invalid("decisionId must be the decision's id as the verification answered it");
        }
        EvidenceExport.Format as;
        try {
            as = EvidenceExport.Format.valueOf(format == null ? "JSON" : format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return invalid("format must be json or pdf");
        }
        ExportStep step = exports.requestExport(id.get(), as, caller.name(), purpose);
        if (step instanceof ExportStep.Recorded recorded) {
            return Response.status(Response.Status.ACCEPTED).type(MediaType.APPLICATION_JSON).entity(json(recorded.request())).build();
        }
        if (step instanceof ExportStep.Refused refused) {
            return invalid(refused.reason());
        }
        return Problem.response(404, "not-found", "Not Found", "No evidence package for this decision.");
    }

    @POST
    @Path("exports/{id}/approval")
    public Response approve(@PathParam("id") String requestId) {
        return decided(uuid(requestId).map(id -> exports.approveExport(id, caller.name())).orElse(new ExportStep.NotFound()));
    }

    @POST
    @Path("exports/{id}/rejection")
    public Response reject(@PathParam("id") String requestId) {
        return decided(uuid(requestId).map(id -> exports.rejectExport(id, caller.name())).orElse(new ExportStep.NotFound()));
    }

    @GET
    @Path("exports/{id}")
    public Response collect(@PathParam("id") String requestId) {
        ExportStep step = uuid(requestId).map(id -> exports.collect(id, caller.name())).orElse(new ExportStep.NotFound());
        if (step instanceof ExportStep.Collected collected) {
            EvidenceExport e = collected.export();
            return Response.ok(e.content(), e.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + e.fileName() + "\"")
                    .header("Cache-Control", "no-store").build();
        }
        if (step instanceof ExportStep.Refused refused) {
            return Problem.response(409, "export-not-collectable", "Export not collectable", refused.reason());
        }
        return Problem.response(404, "not-found", "Not Found", "No such export request.");
    }

    private static Response decided(ExportStep step) {
        if (step instanceof ExportStep.Recorded recorded) {
            return Response.ok(json(recorded.request()), MediaType.APPLICATION_JSON).build();
        }
        if (step instanceof ExportStep.Refused refused) {
            return Problem.response(409, "export-decision-refused", "Export decision refused", refused.reason());
        }
        return Problem.response(404, "not-found", "Not Found", "No such export request.");
    }

    private static String json(ExportRequestView r) {
        var json = Json.createObjectBuilder()
                .add("id", r.id().toString())
                .add("decisionId", r.decisionId().toString())
                .add("format", r.format())
                .add("purpose", r.purpose())
                .add("requestedBy", r.requestedBy())
                .add("requestedAt", r.requestedAt().toString())
                .add("status", r.status());
        if (r.decidedBy() != null) {
            json.add("decidedBy", r.decidedBy());
        }
        return json.build().toString();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(String.valueOf(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Response invalid(String detail) {
        return Problem.response(400, "invalid-evidence-request", "Invalid evidence request", detail);
    }
}

package bank.bonafide.identity.evidence.boundary;

import bank.bonafide.identity.evidence.entity.ExportApproval;
import java.time.Instant;
import java.util.UUID;

/** An evidence export request as screens and the API show it. */
public record ExportRequestView(UUID id, UUID decisionId, String format, String purpose, String requestedBy, Instant requestedAt,
                                String status, String decidedBy) {

    static ExportRequestView of(ExportApproval e) {
        return new ExportRequestView(e.id(), e.decisionId(), e.format(), e.purpose(), e.decision().requestedBy(),
                e.decision().requestedAt(), e.status().name(), e.decision().decidedBy());
    }
}

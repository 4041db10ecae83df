package bank.bonafide.compensation.fraud.boundary;

import bank.bonafide.compensation.fraud.entity.EvidencePreservation;
import bank.bonafide.compensation.fraud.entity.FraudCase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A fraud case as screens and tests read it, with the evidence to preserve, nearest deadline first. */
public record FraudCaseView(String reference, UUID complaintId, String customerId, boolean confirmed, String policeReportReference,
                            String policeStation, Instant policeReportedAt, List<String> frozenReferences, Instant frozenAt,
                            List<String> blockedLogins, String status, String openedBy, Instant openedAt,
                            List<Preservation> preservations) {

    /** One item of evidence to secure; {@code lapsed}: past its deadline with nothing secured, or secured late. */
    public record Preservation(UUID id, String item, String holder, Instant dueAt, Instant remindedAt, Instant securedAt,
                               String securedBy, String keptAs, boolean lapsed) {

        static Preservation of(EvidencePreservation e, Instant now) {
            return new Preservation(e.id(), e.item(), e.holder(), e.dueAt(), e.remindedAt(), e.securedAt(), e.securedBy(),
                    e.keptAs(), e.lapsed(now));
        }
    }

    static FraudCaseView of(FraudCase f, List<EvidencePreservation> preservations, Instant now) {
        return new FraudCaseView(f.reference(), f.complaintId(), f.customerId(), f.confirmed(), f.policeReportReference(),
                f.policeStation(), f.policeReportedAt(), f.frozenReferences(), f.frozenAt(), f.blockedLogins(), f.status(),
                f.openedBy(), f.openedAt(), preservations.stream().map(p -> Preservation.of(p, now)).toList());
    }
}

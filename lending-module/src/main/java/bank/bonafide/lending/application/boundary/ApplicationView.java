package bank.bonafide.lending.application.boundary;

import bank.bonafide.lending.application.entity.ApplicationCheck;
import bank.bonafide.lending.application.entity.LoanApplication;
import bank.bonafide.lending.terms.control.RepaymentSchedules;
import bank.bonafide.lending.terms.entity.LoanTerms;
import bank.bonafide.lending.terms.entity.ScheduleLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A detached application for screens and the API: terms, schedule, every check and where it stands. */
public record ApplicationView(String reference, String customerId, String productCode, LoanTerms terms, String termsSummary,
                              String termsHash, List<ScheduleLine> schedule, String status, List<String> reasons,
                              List<CheckView> checks, String channel, String submittedBy, Instant occurredAt,
                              String rulePackId, int rulePackVersion, String stepUpOutcome, UUID stepUpEvidencePackageId,
                              String loanReference) {

    public record CheckView(String name, String result, String detail, String rule, Instant checkedAt) {
    }

    /** For lists: everything but the checks, so a list of n applications is one query, not n + 1. */
    static ApplicationView listed(LoanApplication a) {
        return of(a, List.of());
    }

    static ApplicationView of(LoanApplication a, List<ApplicationCheck> checks) {
        LoanTerms terms = a.terms();
        return new ApplicationView(a.reference(), a.customerId(), a.productCode(), terms, terms.summary(), a.termsHash(),
                RepaymentSchedules.plan(terms), a.status().name(), a.reasons(),
                checks.stream().map(c -> new CheckView(c.name(), c.result().name(), c.detail(), c.rule(), c.checkedAt())).toList(),
                a.channel(), a.submittedBy(), a.occurredAt(), a.rulePackId(), a.rulePackVersion(), a.stepUpOutcome(),
                a.stepUpEvidencePackageId(), a.loanReference());
    }
}

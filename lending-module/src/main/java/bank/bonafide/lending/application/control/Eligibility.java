package bank.bonafide.lending.application.control;

import bank.bonafide.lending.application.entity.AccountOpening;
import bank.bonafide.lending.application.entity.ApplicationCheck.Result;
import bank.bonafide.platform.rules.PolicySections;
import bank.bonafide.platform.rules.RulePack;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may borrow, under the rule pack in force when the customer applied. Pure: the caller looks up the
 * account's opening and records the consent; this only judges.
 */
public final class Eligibility {

    /** One judged check: its name, result, words for the customer and staff, and the rule it applies. */
    public record Check(String name, Result result, String detail, String rule) {
    }

    private Eligibility() {
    }

    public static List<Check> judge(String account, Optional<AccountOpening> opening, boolean creditConsentGiven,
                                    Instant appliedAt, RulePack pack) {
        List<Check> checks = new ArrayList<>();
        checks.add(openingCheck(account, opening));
        checks.add(coolingOff(account, opening, appliedAt, pack));
        PolicySections.Consent consent = pack.policy().consent();
        boolean needed = consent == null || consent.creditQueryNeedsConsent();
        if (creditConsentGiven) {
            checks.add(new Check("CREDIT_REPORT_CONSENT", Result.PASSED,
                    "the customer consented to one credit-report query for this application", "CN-06"));
        } else {
            // Without consent the bank may not look at the credit report, and it will not lend blind.
            checks.add(new Check("CREDIT_REPORT_CONSENT", Result.FAILED, needed
                    ? "no credit-report consent for this application: the bank may not query the credit report and does not lend without it"
                    : "no credit-report consent: the bank does not lend without a credit report", "CN-06"));
        }
        return checks;
    }

    /** A credit report with current delinquencies elsewhere refuses; no answer refuses too (never lend blind). */
    public static Check creditReport(CreditBureau.Query q, java.util.UUID consentId) {
        String under = " (query " + q.correlationId() + " under consent " + consentId + ")";
        if (!q.answered()) {
            return new Check("CREDIT_REPORT", Result.FAILED, "the credit bureau gave no answer, " + q.answer()
                    + "; apply again later" + under, "CN-06");
        }
        return q.delinquencies() == 0
                ? new Check("CREDIT_REPORT", Result.PASSED, "credit report " + q.reportId() + ": no current delinquencies" + under, "CN-06")
                : new Check("CREDIT_REPORT", Result.FAILED, "credit report " + q.reportId() + ": " + q.delinquencies()
                        + " current delinquencies at other lenders" + under, "CN-06");
    }

    private static Check openingCheck(String account, Optional<AccountOpening> opening) {
        if (opening.isEmpty()) {
            return new Check("ACCOUNT_VERIFIED", Result.FAILED, "account " + account
                    + " has no opening verified in person or by full cross-verification on record", "CN-02");
        }
        AccountOpening o = opening.get();
        if (!o.approved()) {
            return new Check("ACCOUNT_VERIFIED", Result.FAILED, "the opening of account " + account + " on " + day(o.actedAt())
                    + " was " + o.outcome().toLowerCase() + " by identity" + (o.reasons() == null ? "" : ": " + o.reasons().replace('\n', ';')),
                    "CN-02");
        }
        return new Check("ACCOUNT_VERIFIED", Result.PASSED, "account " + account + " opened on " + day(o.actedAt())
                + (o.inPerson() ? ", verified in person at the " + o.channel().toLowerCase()
                : ", verified by full cross-verification (" + o.channel() + ")") + ", identity decision " + o.decisionId(), "CN-02");
    }

    private static Check coolingOff(String account, Optional<AccountOpening> opening, Instant appliedAt, RulePack pack) {
        PolicySections.IdentityChecks checks = pack.policy().identityChecks();
        Integer days = checks == null ? null : checks.coolingOffDays();
        if (days == null) {
            return new Check("COOLING_OFF", Result.NOT_REQUIRED, pack.id() + " sets no cooling-off between opening and lending", null);
        }
        if (opening.isEmpty() || !opening.get().approved()) {
            return new Check("COOLING_OFF", Result.FAILED, "no verified opening of " + account + " to count " + days + " days from",
                    checks.source());
        }
        Instant from = opening.get().actedAt().plus(Duration.ofDays(days));
        return appliedAt.isBefore(from)
                ? new Check("COOLING_OFF", Result.FAILED, "account opened on " + day(opening.get().actedAt()) + "; loans only after "
                        + days + " days, from " + day(from), checks.source())
                : new Check("COOLING_OFF", Result.PASSED, "account opened " + Duration.between(opening.get().actedAt(), appliedAt).toDays()
                        + " days before the application; " + pack.id() + " asks for " + days, checks.source());
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
    }
}

package bank.bonafide.compensation.assessment.control;

import bank.bonafide.compensation.payout.control.Claim;
import bank.bonafide.platform.event.identity.IdentityEvidenceDisclosed;
import bank.bonafide.platform.rules.PolicySections;
import bank.bonafide.platform.rules.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether the disputed decision's evidence proves that the customer acted, factor by factor. The bank carries
 * the burden (CN-18, EU-02): any factor it cannot show means it cannot prove the customer acted, and the
 * customer is paid first. Evidence that holds on every factor shows only that the customer's credentials were
 * used, which alone is no proof (PSD2 Art. 72): the case stays undecided until an assessor cites evidence of
 * the customer's own fraud or gross negligence.
 */
public final class BurdenOfProof {

    /** Checks that authenticate a person (possession, knowledge, inherence, in person), as identity names them. */
    private static final Set<String> AUTHENTICATION = Set.of("OneTimeCode", "PaymentPassword", "NumberVerification",
            "FaceComparison", "FACE_MATCH", "CounterOfficerCheck");
    private static final Set<String> FACE = Set.of("FaceComparison", "FACE_MATCH");

    private BurdenOfProof() {
    }

    /** One thing the bank must be able to show, whether it can, and why. */
    public record Factor(String name, boolean shown, String evidence, String source) {
        /** "shown: ..." or "NOT shown: ...", as the assessment file and the customer's letter state it. */
        public String line() {
            return (shown ? "shown: " : "NOT shown: ") + name + " (" + evidence + "; " + source + ")";
        }
    }

    /** The factors and the finding they support. */
    public record Assessment(List<Factor> factors, Claim.Finding finding) {
        public Assessment {
            factors = List.copyOf(factors);
        }
    }

    public static Assessment of(IdentityEvidenceDisclosed e, RulePack pack) {
        List<Factor> factors = new ArrayList<>();
        factors.add(new Factor("a verification record of the disputed item", e.recordFound(),
                e.recordFound() ? "decision " + e.outcome() : "identity holds none", "CN-18"));
        boolean sealed = e.evidencePackageId() != null && e.evidenceIntact();
        factors.add(new Factor("a sealed evidence package with an intact chain", sealed,
                e.evidencePackageId() == null ? "no package" : e.evidenceIntact() ? "package " + e.evidencePackageId() : "chain broken",
                "CN-02"));
        factors.add(new Factor("the decision approved this customer", "APPROVED".equals(e.outcome()),
                "outcome " + e.outcome(), "EU-02"));
        List<String> authentication = e.checksPerformed().stream().filter(AUTHENTICATION::contains).toList();
        PolicySections.Authentication auth = pack.policy().authenticationPolicy().orElse(null);
        int required = auth == null ? 2 : auth.minimumFactors();
        factors.add(new Factor(required + " independent authentication factors", authentication.size() >= required,
                authentication.isEmpty() ? "none recorded" : String.join(", ", authentication),
                auth == null ? "EU-01" : auth.source()));
        boolean faceOnly = !authentication.isEmpty() && FACE.containsAll(authentication);
        if (faceOnly && (auth == null || !auth.faceOnlyAllowed())) {
            factors.add(new Factor("more than a face match", false, "a face match alone never authorizes",
                    "CN".equals(pack.jurisdiction()) ? "CN-03" : "EU-01"));
        }
        factors.add(new Factor("every check the rules required", e.checksMissing().isEmpty(),
                e.checksMissing().isEmpty() ? "none missing" : "missing " + String.join("; ", e.checksMissing()), "CN-01"));
        boolean allShown = factors.stream().allMatch(Factor::shown);
        return new Assessment(factors, allShown ? Claim.Finding.UNDECIDED : Claim.Finding.BANK_CANNOT_PROVE);
    }
}

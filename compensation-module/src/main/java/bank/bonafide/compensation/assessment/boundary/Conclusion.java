package bank.bonafide.compensation.assessment.boundary;

import bank.bonafide.compensation.payout.control.Claim;
import bank.bonafide.platform.text.Sentences;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an assessor concludes about the customer's part in a disputed item.
 *
 * @param finding              BANK_CANNOT_PROVE, CUSTOMER_CONTRIBUTED, GROSS_NEGLIGENCE or CUSTOMER_FRAUD
 *                             (UNDECIDED is what an open assessment is, not a conclusion)
 * @param thirdPartyFraud      someone else acted in her name (only with BANK_CANNOT_PROVE): lending writes the loan off
 * @param citedEvidence        what the conclusion rests on (the evidence package, a police report, a recording...)
 * @param customerFaultPercent her share when she contributed (CN-18 split); null for the pack's default
 */
public record Conclusion(Claim.Finding finding, boolean thirdPartyFraud, String citedEvidence, BigDecimal customerFaultPercent) {

    private static final Sentences SENTENCES = Sentences.of(Conclusion.class);

    public Conclusion {
        Objects.requireNonNull(finding, "finding");
    }

    /** A finding that puts some or all of the loss on the customer. */
    public boolean againstCustomer() {
        return finding == Claim.Finding.CUSTOMER_CONTRIBUTED || finding == Claim.Finding.GROSS_NEGLIGENCE
                || finding == Claim.Finding.CUSTOMER_FRAUD;
    }

    /** Why this conclusion cannot stand whatever the evidence, or null. */
    String malformed() {
        if (finding == Claim.Finding.UNDECIDED) {
            return SENTENCES.say("undecided");
        }
        if (thirdPartyFraud && finding != Claim.Finding.BANK_CANNOT_PROVE) {
            return SENTENCES.say("third.party.with.fault");
        }
        if (customerFaultPercent != null && finding != Claim.Finding.CUSTOMER_CONTRIBUTED) {
            return SENTENCES.say("fault.share.only.contributed");
        }
        if (customerFaultPercent != null
                && (customerFaultPercent.signum() <= 0 || customerFaultPercent.compareTo(BigDecimal.valueOf(100)) >= 0)) {
            return SENTENCES.say("fault.share.range");
        }
        return null;
    }
}

package bank.bonafide.compensation.payout.control;

import bank.bonafide.platform.rules.Deadline;
import bank.bonafide.platform.rules.PolicySections;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackException;
import java.time.Duration;
import java.time.Instant;

/**
 * By when the bank must pay, from the pack's advance-compensation clock (CN-17 published policy, EU-03 end of
 * the next business day, UK-01 5 business days, US-01 10 business days or 20 for a new account).
 */
public final class PayoutDeadline {

    private PayoutDeadline() {
    }

    /**
     * @param claimedAt       when the customer's claim (the complaint) reached the bank
     * @param accountOpenedAt when the account concerned was opened, or null when unknown (treated as not new)
     */
    public static Deadline of(RulePack pack, Instant claimedAt, Instant accountOpenedAt) {
        PolicySections.AdvanceCompensation rule = pack.policy().advanceCompensationRule()
                .orElseThrow(() -> new RulePackException(pack.id() + " says nothing about advance compensation"));
        String clock = rule.deadlineClock();
        if ("US".equals(pack.jurisdiction()) && accountOpenedAt != null) {
            int newAccountDays = pack.parameter("newAccountDays").value().intValueExact();
            if (!accountOpenedAt.plus(Duration.ofDays(newAccountDays)).isBefore(claimedAt)) {
                clock = "errorInvestigationNewAccount";
            }
        }
        return pack.deadline(clock, claimedAt);
    }
}

package bank.bonafide.complaints.complaint.control;

import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.platform.rules.PolicySections;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackException;
import java.util.List;

/**
 * What a rule pack says about complaints: which clock decides a category (CN-14, EU-05, UK-02, US-01), who
 * owns it (CN-15) and which channels the bank publishes. A pack without a complaints section cannot take
 * complaints: that is refused loudly rather than guessed.
 */
public final class ComplaintRules {

    private ComplaintRules() {
    }

    /** The name of the pack's clock that runs against the bank for a complaint of this category. */
    public static String decisionClock(RulePack pack, DisputeCategory category) {
        return section(pack).decisionClockFor(category.name())
                .orElseThrow(() -> new RulePackException(pack.id() + " names no decision clock for " + category + " complaints"));
    }

    /** The department and person answerable for this category; the pack's default when it names none. */
    public static PolicySections.ComplaintHandling.Owner owner(RulePack pack, DisputeCategory category) {
        return section(pack).ownerFor(category.name())
                .orElseThrow(() -> new RulePackException(pack.id() + " names no owner for " + category + " complaints"));
    }

    /** The channels the bank publishes for complaints, in the pack's order. */
    public static List<PolicySections.ComplaintHandling.Channel> channels(RulePack pack) {
        return section(pack).channels();
    }

    private static PolicySections.ComplaintHandling section(RulePack pack) {
        return pack.policy().complaintHandling()
                .orElseThrow(() -> new RulePackException(pack.id() + " has no complaints section"));
    }
}

package bank.bonafide.platform.rules;

import java.util.List;

/**
 * A deadline the bank is held to: {@code duration} {@code unit}s from its trigger. With calendar days,
 * a last day that is not a business day moves to the next business day when {@code rollForward} is set
 * (the civil-law rule for periods ending on a rest day).
 *
 * @param extensions further limits, each counted from the same trigger, each needing its approver
 */
public record ClockRule(String name, String trigger, int duration, TimeUnitOfClock unit, boolean rollForward,
                        List<Extension> extensions, String breachAction, String source) {

    public ClockRule {
        extensions = List.copyOf(extensions);
    }

    /** A longer limit, e.g. CN-14's 30 days for a complex case, with who approves and whether the customer is told. */
    public record Extension(int upTo, String approver, boolean customerNotice, String source) {
    }
}

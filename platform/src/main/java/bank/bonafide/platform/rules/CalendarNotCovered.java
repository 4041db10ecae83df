package bank.bonafide.platform.rules;

/** The pack carries no official holiday schedule for this year; its business days are unknown. */
public class CalendarNotCovered extends RulePackException {

    public CalendarNotCovered(int year) {
        super("no official holiday schedule for " + year + " in this pack: add the year's notice to the pack");
    }
}

package bank.bonafide.platform.rules;

/** How a clock counts: every calendar day, or only the pack's business days. */
public enum TimeUnitOfClock { CALENDAR_DAYS, BUSINESS_DAYS }

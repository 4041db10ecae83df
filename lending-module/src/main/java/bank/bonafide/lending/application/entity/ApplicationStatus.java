package bank.bonafide.lending.application.entity;

/**
 * OFFERED: eligible, terms on the table. CONFIRMED: the customer's code matched the current terms; waiting
 * for identity's step-up. SIGNED: step-up approved the same terms, the loan exists. REFUSED: an
 * eligibility check or the step-up said no; the reasons are kept.
 */
public enum ApplicationStatus { OFFERED, CONFIRMED, SIGNED, REFUSED }

package bank.bonafide.identity.verification.entity;

/** What a verification session is for; each purpose has its own required checks. */
public enum Purpose { ACCOUNT_OPENING, LOAN_SIGNING, PAYMENT, PROFILE_CHANGE }

package bank.bonafide.identity.verification.entity;

/** Independent factor categories (EU-01): two factors count as two only if their categories differ. */
public enum FactorCategory { INHERENCE, POSSESSION, KNOWLEDGE, DOCUMENT }

package bank.bonafide.lending.loan.entity;

/** Whether the bank may chase a loan: FROZEN stops reminders, fees and credit reporting. */
public enum CollectionStatus { NONE, ACTIVE, FROZEN }

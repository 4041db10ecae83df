/**
 * The fraud playbook of a dispute: report to the police, freeze the accounts and loans the fraud touches (an
 * event to lending and identity), secure the evidence its holders would overwrite (with reminders before their
 * deadlines), and record the fraudster-controlled logins blocked, so the file shows what the bank did and when.
 */
package bank.bonafide.compensation.fraud;

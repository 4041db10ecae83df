/**
 * Complaints and disputes: intake with a reference number and a running regulatory clock, and the
 * append-only timeline of everything that happens to a case (including what other contexts report back).
 */
package bank.bonafide.complaints.complaint;

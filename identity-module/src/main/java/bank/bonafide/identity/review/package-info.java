/**
 * Manual review of REVIEW outcomes (US-04 red flags, checks that could not answer): a queue for back-office
 * staff with the applicant masked and the sealed evidence at hand, and a four-eyes override: one person
 * proposes approve or refuse with a reason, a second, different person confirms. The confirmed result is
 * a new decision with its own evidence package naming maker and checker; the reviewed decision is never
 * changed.
 */
package bank.bonafide.identity.review;

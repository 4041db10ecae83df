/**
 * Evidence packages: built when a verification decision is made (not when a complaint arrives), holding
 * every check's answer, the scores, thresholds and rule pack used; sealed in one hash chain over all
 * packages, so changing any stored package breaks the chain at that package and the verifier names it.
 */
package bank.bonafide.identity.evidence;

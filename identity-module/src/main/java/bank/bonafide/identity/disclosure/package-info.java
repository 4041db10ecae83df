/**
 * Answers disputes: when a customer says "that was not me", identity reports what it holds about the
 * verification behind the disputed item, so compensation can judge whether the bank can prove it.
 */
package bank.bonafide.identity.disclosure;

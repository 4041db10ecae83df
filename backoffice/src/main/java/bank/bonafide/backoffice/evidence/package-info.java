/** The evidence package viewer: a decision's sealed evidence read on screen, with a purpose, every read logged. */
package bank.bonafide.backoffice.evidence;

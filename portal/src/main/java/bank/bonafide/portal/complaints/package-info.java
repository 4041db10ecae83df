/** The customer's own complaints: the list, filing one step by step, following a case and its documents. */
package bank.bonafide.portal.complaints;

/**
 * Lost ID documents reported to the bank itself (by the customer in the portal, or by staff for them).
 * From the moment of the report any opening or step-up with that document is refused, whatever the police
 * registry says yet. The document number is kept only as a digest (for the lookup) and masked (for people).
 */
package bank.bonafide.identity.lostdocument;

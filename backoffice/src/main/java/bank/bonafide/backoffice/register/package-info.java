/**
 * Staff tables over registers that grow without bound (complaints, payouts, identity reviews): every page, sort and
 * filter is done by the owning context's database query, never in the page's memory.
 */
package bank.bonafide.backoffice.register;

/**
 * Audit seals: the bank's audit and ledger rows (complaint timelines, staff reads of personal data, evidence
 * access, loan history, the risk-provision fund ledger) sealed in one keyed hash chain per table, so that
 * changing, deleting or inserting a row behind the application's back is found by {@link
 * bank.bonafide.platform.seal.AuditSeals#verify}, which names the first record that does not fit.
 *
 * <p>Rows are sealed a few seconds after they commit, by each module's timer, not in the transaction that
 * writes them: intake then waits on no chain-wide lock. A row not yet sealed is only pending; a sealed row
 * that loses its seal leaves a gap in the chain, which the verifier reports.
 */
package bank.bonafide.platform.seal;

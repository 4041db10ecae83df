/**
 * Compliance reporting: a period's figures from every context (complaints, compensation, identity) assembled into
 * one report, shown as charts, rendered as PDF and CSV, and filed. A filed report is frozen: its bytes, their
 * SHA-256 hashes, the period, who filed it and when, sealed in a chain over every filing so that no filing can be
 * changed or removed without the verification saying so.
 */
package bank.bonafide.backoffice.reporting;

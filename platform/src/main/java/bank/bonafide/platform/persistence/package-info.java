/**
 * Persistence plumbing every module shares: the application datasource, per-module Flyway migration
 * with its own history table, and the dialect resolver that sees MariaDB behind mysql-connector-j.
 */
package bank.bonafide.platform.persistence;

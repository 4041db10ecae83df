/**
 * The benchmark harness: drives the running EAR with wrk and compares every figure with a baseline measured in
 * the same run on the same machine (a plain JDBC loop, a hand-written SQL query, a single external check), because
 * on a noisy two-core machine only a ratio means anything. {@link bank.bonafide.benchmarks.BenchmarkRun} is the
 * entry point; {@code scripts/benchmark.sh} starts what it needs and calls it.
 */
package bank.bonafide.benchmarks;

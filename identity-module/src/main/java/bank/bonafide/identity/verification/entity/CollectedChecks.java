package bank.bonafide.identity.verification.entity;

import java.util.ArrayList;
import java.util.List;

/** The factors gathered for one verification, with the trace of every external call behind them. */
public record CollectedChecks(List<Factor> factors, List<CheckTrace> traces) {

    public CollectedChecks {
        factors = List.copyOf(factors);
        traces = List.copyOf(traces);
    }

    /** Factors without traces: the channel's own, or a test's. */
    public static CollectedChecks of(List<Factor> factors) {
        return new CollectedChecks(factors, List.of());
    }

    /** The same checks plus a factor the channel established itself (code, password, counter officer). */
    public CollectedChecks plus(Factor factor) {
        List<Factor> more = new ArrayList<>(factors);
        more.add(factor);
        return new CollectedChecks(more, traces);
    }
}

package bank.bonafide.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * P1: an account-opening decision whose four external checks (lost-document registry, KYC match, SIM swap, number
 * verification) each take about 100 ms. Baselines, in the same run: each check called alone from outside; the
 * slowest of them is the floor a parallel fan-out can reach, their sum what asking one after another would cost.
 * Target: median decision latency at most 1.3 times the slowest single check.
 */
public final class OpeningDecisionBenchmark {

    static final int CHECK_MILLIS = 100;
    /** Terminals deciding at the same time. */
    static final int TERMINALS = 4;
    private static final String PHONE = "+8613900000042";
    private static final String DOCUMENT = "110101199003074518";
    private static final String NAME = "Wang Fang";

    private final Bench bench;

    public OpeningDecisionBenchmark(Bench bench) {
        this.bench = bench;
    }

    public Outcome run() {
        Simulators simulators = new Simulators(bench.simulatorUrl());
        scriptApplicant(simulators);
        simulators.latency(CHECK_MILLIS);
        try {
            Map<String, Rounds> checks = new LinkedHashMap<>();
            checks.put("LostDocumentCheck", measure(bench.simulators(), List.of(new HttpCall("GET", "/lost-documents/" + DOCUMENT, Map.of(), null)), 1));
            checks.put("KycMatch", measure(bench.simulators(), List.of(HttpCall.postJson("/kyc-match/v0.3/match", null,
                    "{\"phoneNumber\":\"" + PHONE + "\",\"idDocument\":\"" + DOCUMENT + "\",\"name\":\"" + NAME + "\"}")), 1));
            checks.put("SimSwap", measure(bench.simulators(), List.of(HttpCall.postJson("/sim-swap/v1/check", null,
                    "{\"phoneNumber\":\"" + PHONE + "\",\"maxAge\":240}")), 1));
            checks.put("NumberVerification", measure(bench.simulators(), List.of(HttpCall.postJson("/number-verification/v1/verify", null,
                    "{\"phoneNumber\":\"" + PHONE + "\"}")), 1));
            double slowest = checks.values().stream().mapToDouble(Rounds::medianLatency).max().orElseThrow();
            double sequential = checks.values().stream().mapToDouble(Rounds::medianLatency).sum();

            Wrk payara = bench.bonafide();
            Rounds decisions = new Rounds();
            payara.run(List.of(decision(bench.tokens().terminal())), TERMINALS, bench.warmupSeconds(), 0);
            for (int r = 0; r < bench.rounds(); r++) {
                decisions.add(payara.run(List.of(decision(bench.tokens().terminal())), TERMINALS, bench.roundSeconds(), 0));
            }
            double ratio = decisions.medianLatency() / slowest;
            JsonObjectBuilder single = Json.createObjectBuilder();
            checks.forEach((name, rounds) -> single.add(name, rounds.json()));
            return new Outcome("P1", "opening decision, 4 external checks of ~" + CHECK_MILLIS + " ms, " + TERMINALS + " terminals at once",
                    decisions.medianLatency(), slowest, "ms (median)", ratio, "<= 1.3 x slowest single check",
                    ratio <= 1.3 && decisions.failed() == 0, decisions.failed(),
                    Json.createObjectBuilder().add("decisions", decisions.json()).add("singleChecks", single)
                            .add("slowestSingleCheckMillis", Rounds.round(slowest))
                            .add("sequentialSumMillis", Rounds.round(sequential))
                            .add("ratioToSequentialSum", Rounds.round(decisions.medianLatency() / sequential))
                            .add("firstFailure", decisions.firstFailure()).build());
        } finally {
            simulators.latency(0);
        }
    }

    private Rounds measure(Wrk wrk, List<HttpCall> calls, int connections) {
        // a simulated party answers in a steady time: short rounds are enough
        wrk.run(calls, connections, 2, 0);
        Rounds rounds = new Rounds();
        for (int r = 0; r < bench.rounds(); r++) {
            rounds.add(wrk.run(calls, connections, Math.max(2, bench.roundSeconds() / 4), 0));
        }
        return rounds;
    }

    /** Every check answers for the applicant, so no decision refuses on impersonation signs (which would block a login). */
    static void scriptApplicant(Simulators simulators) {
        simulators.phone(PHONE, DOCUMENT, NAME);
    }

    /** A self-service terminal asks for an opening decision: every check answers for the applicant, no face. */
    static HttpCall decision(String terminalToken) {
        return HttpCall.postJson("/channel-api/api/verifications", terminalToken,
                "{\"purpose\":\"ACCOUNT_OPENING\",\"channel\":\"STM\",\"terminalId\":\"STM-BENCH\",\"customerId\":\"C-0002\","
                        + "\"subjectReference\":\"A-1002\",\"applicant\":{\"name\":\"" + NAME + "\",\"idDocumentNumber\":\"" + DOCUMENT
                        + "\",\"phoneNumber\":\"" + PHONE + "\"},\"channelFactors\":{\"oneTimeCodeMatched\":true}}");
    }
}

package bank.bonafide.identity.verification.control;

import bank.bonafide.identity.verification.entity.Applicant;
import bank.bonafide.identity.verification.entity.CheckAnswer;
import bank.bonafide.identity.verification.entity.CheckTrace;
import bank.bonafide.identity.verification.entity.CollectedChecks;
import bank.bonafide.identity.verification.entity.Factor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The external checks of a verification, run in parallel, each with a time limit: carrier (CAMARA KYC
 * Match, Number Verification, SIM Swap), lost-document registry, face vendor. Any error, refusal or
 * time-out becomes {@code NOT_AVAILABLE}, which the policy never counts as a pass.
 *
 * @param carrierUrl  base URL of the carrier's CAMARA APIs
 * @param registryUrl base URL of the lost-document registry
 * @param faceUrl     base URL of the face vendor
 */
public record ExternalChecks(String carrierUrl, String registryUrl, String faceUrl, Duration timeout, int simSwapMaxAgeHours) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * All checks for {@code applicant}, in parallel on {@code executor}, each traced; complete within the
     * time limit. Each request carries its own correlation id.
     */
    public CollectedChecks run(Applicant applicant, Executor executor) {
        List<CompletableFuture<Traced>> checks = new ArrayList<>();
        checks.add(check(executor, "LostDocumentCheck", call -> lostDocument(call, applicant),
                new Factor.LostDocumentCheck(CheckAnswer.NOT_AVAILABLE, null)));
        checks.add(check(executor, "KycMatch", call -> kycMatch(call, applicant),
                new Factor.KycMatch(CheckAnswer.NOT_AVAILABLE, CheckAnswer.NOT_AVAILABLE)));
        checks.add(check(executor, "SimSwap", call -> simSwap(call, applicant), new Factor.SimSwap(CheckAnswer.NOT_AVAILABLE)));
        checks.add(check(executor, "NumberVerification", call -> numberVerification(call, applicant),
                new Factor.NumberVerification(CheckAnswer.NOT_AVAILABLE)));
        if (applicant.faceReferenceId() != null) {
            // A face without an answer is no factor at all (there is nothing to judge), but its trace stays.
            checks.add(check(executor, "FaceComparison", call -> face(call, applicant), null));
        }
        List<Factor> factors = new ArrayList<>();
        List<CheckTrace> traces = new ArrayList<>();
        for (CompletableFuture<Traced> check : checks) {
            Traced traced = check.join();
            traced.factor().ifPresent(factors::add);
            traces.add(traced.trace());
        }
        return new CollectedChecks(factors, traces);
    }

    /** One call's result: the factor (if any) and how it was obtained. */
    private record Traced(Optional<Factor> factor, CheckTrace trace) {
    }

    /** The correlation id of a call, when it was sent and, once received, the raw answer. */
    static final class Call {
        final String correlator = UUID.randomUUID().toString();
        /** When the request went out; until then, when it was handed to the executor. */
        volatile Instant askedAt = Instant.now();
        volatile String raw;
    }

    private CompletableFuture<Traced> check(Executor executor, String name, Function<Call, Factor> ask, Factor unavailable) {
        Call call = new Call();
        Optional<Factor> fallback = Optional.ofNullable(unavailable);
        return CompletableFuture.supplyAsync(() -> {
                    call.askedAt = Instant.now();
                    Factor factor = ask.apply(call);
                    return new Traced(Optional.of(factor), new CheckTrace(name, call.correlator, call.askedAt, Instant.now(), call.raw));
                }, executor)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(e -> {
                    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                    return cause instanceof TimeoutException
                            ? new Traced(fallback, new CheckTrace(name, call.correlator, call.askedAt, null,
                                    "not_available: no answer within " + timeout.toMillis() + " ms"))
                            : new Traced(fallback, new CheckTrace(name, call.correlator, call.askedAt, Instant.now(),
                                    "not_available: " + reason(cause) + (call.raw == null ? "" : " " + call.raw)));
                });
    }

    private static String reason(Throwable cause) {
        return cause instanceof IllegalStateException ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    Factor lostDocument(Call call, Applicant a) {
        JsonObject answer = get(call, registryUrl + "/lost-documents/" + URLEncoder.encode(a.idDocumentNumber(), StandardCharsets.UTF_8));
        boolean lost = answer.getBoolean("reportedLost");
        return new Factor.LostDocumentCheck(lost ? CheckAnswer.TRUE : CheckAnswer.FALSE,
                lost && answer.containsKey("reportedOn") ? LocalDate.parse(answer.getString("reportedOn")) : null);
    }

    Factor kycMatch(Call call, Applicant a) {
        JsonObject answer = post(call, carrierUrl + "/kyc-match/v0.3/match", Json.createObjectBuilder()
                .add("phoneNumber", a.phoneNumber()).add("idDocument", a.idDocumentNumber()).add("name", a.name()).build());
        return new Factor.KycMatch(camara(answer, "idDocumentMatch"), camara(answer, "nameMatch"));
    }

    Factor simSwap(Call call, Applicant a) {
        JsonObject answer = post(call, carrierUrl + "/sim-swap/v1/check", Json.createObjectBuilder()
                .add("phoneNumber", a.phoneNumber()).add("maxAge", simSwapMaxAgeHours).build());
        return new Factor.SimSwap(answer.getBoolean("swapped") ? CheckAnswer.TRUE : CheckAnswer.FALSE);
    }

    Factor numberVerification(Call call, Applicant a) {
        JsonObject answer = post(call, carrierUrl + "/number-verification/v1/verify",
                Json.createObjectBuilder().add("phoneNumber", a.phoneNumber()).build());
        return new Factor.NumberVerification(answer.getBoolean("devicePhoneNumberVerified") ? CheckAnswer.TRUE : CheckAnswer.FALSE);
    }

    Factor face(Call call, Applicant a) {
        JsonObject answer = post(call, faceUrl + "/face/v1/compare", Json.createObjectBuilder()
                .add("referenceId", a.faceReferenceId()).add("capturedImageSha256", a.capturedImageSha256()).build());
        return new Factor.FaceComparison(new BigDecimal(answer.getString("score")),
                Factor.FaceComparison.Liveness.valueOf(answer.getString("liveness")), answer.getString("modelVersion", "unknown"),
                a.capturedImageSha256());
    }

    /** CAMARA answers "true", "false" or "not_available"; anything else is not available either. */
    private static CheckAnswer camara(JsonObject answer, String field) {
        return switch (answer.getString(field, "not_available")) {
            case "true" -> CheckAnswer.TRUE;
            case "false" -> CheckAnswer.FALSE;
            default -> CheckAnswer.NOT_AVAILABLE;
        };
    }

    private JsonObject get(Call call, String url) {
        return send(call, HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private JsonObject post(Call call, String url, JsonObject body) {
        return send(call, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private JsonObject send(Call call, HttpRequest.Builder request) {
        try {
            // The check's time limit is enforced by completeOnTimeout; the socket gets a little longer so the two never
            // race and a late answer is always recorded as "no answer within N ms", not as unreachable.
            HttpResponse<String> response = HTTP.send(request.header("x-correlator", call.correlator)
                            .timeout(timeout.plusMillis(500)).build(),
                    HttpResponse.BodyHandlers.ofString());
            // Kept as received (bounded): the services answer about the number, never with personal data.
            call.raw = response.body().length() > 2000 ? response.body().substring(0, 2000) : response.body();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("check answered " + response.statusCode());
            }
            JsonValue value = Json.createReader(new StringReader(response.body())).readValue();
            return value.asJsonObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("check unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

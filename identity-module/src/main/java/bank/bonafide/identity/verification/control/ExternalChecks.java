package bank.bonafide.identity.verification.control;

import bank.bonafide.identity.verification.entity.Applicant;
import bank.bonafide.identity.verification.entity.CheckAnswer;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

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

    /** All checks for {@code applicant}, in parallel on {@code executor}; the list is complete within the time limit. */
    public List<Factor> run(Applicant applicant, Executor executor) {
        List<CompletableFuture<Optional<Factor>>> checks = new ArrayList<>();
        checks.add(check(executor, () -> lostDocument(applicant), new Factor.LostDocumentCheck(CheckAnswer.NOT_AVAILABLE, null)));
        checks.add(check(executor, () -> kycMatch(applicant), new Factor.KycMatch(CheckAnswer.NOT_AVAILABLE, CheckAnswer.NOT_AVAILABLE)));
        checks.add(check(executor, () -> simSwap(applicant), new Factor.SimSwap(CheckAnswer.NOT_AVAILABLE)));
        checks.add(check(executor, () -> numberVerification(applicant), new Factor.NumberVerification(CheckAnswer.NOT_AVAILABLE)));
        if (applicant.faceReferenceId() != null) {
            checks.add(CompletableFuture.supplyAsync(() -> face(applicant), executor)
                    .completeOnTimeout(Optional.empty(), timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .exceptionally(e -> Optional.empty()));
        }
        return checks.stream().map(CompletableFuture::join).flatMap(Optional::stream).toList();
    }

    private CompletableFuture<Optional<Factor>> check(Executor executor, java.util.function.Supplier<Factor> call, Factor unavailable) {
        return CompletableFuture.supplyAsync(() -> Optional.of(call.get()), executor)
                .completeOnTimeout(Optional.of(unavailable), timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(e -> Optional.of(unavailable));
    }

    Factor lostDocument(Applicant a) {
        JsonObject answer = get(registryUrl + "/lost-documents/" + URLEncoder.encode(a.idDocumentNumber(), StandardCharsets.UTF_8));
        boolean lost = answer.getBoolean("reportedLost");
        return new Factor.LostDocumentCheck(lost ? CheckAnswer.TRUE : CheckAnswer.FALSE,
                lost && answer.containsKey("reportedOn") ? LocalDate.parse(answer.getString("reportedOn")) : null);
    }

    Factor kycMatch(Applicant a) {
        JsonObject answer = post(carrierUrl + "/kyc-match/v0.3/match", Json.createObjectBuilder()
                .add("phoneNumber", a.phoneNumber()).add("idDocument", a.idDocumentNumber()).add("name", a.name()).build());
        return new Factor.KycMatch(camara(answer, "idDocumentMatch"), camara(answer, "nameMatch"));
    }

    Factor simSwap(Applicant a) {
        JsonObject answer = post(carrierUrl + "/sim-swap/v1/check", Json.createObjectBuilder()
                .add("phoneNumber", a.phoneNumber()).add("maxAge", simSwapMaxAgeHours).build());
        return new Factor.SimSwap(answer.getBoolean("swapped") ? CheckAnswer.TRUE : CheckAnswer.FALSE);
    }

    Factor numberVerification(Applicant a) {
        JsonObject answer = post(carrierUrl + "/number-verification/v1/verify",
                Json.createObjectBuilder().add("phoneNumber", a.phoneNumber()).build());
        return new Factor.NumberVerification(answer.getBoolean("devicePhoneNumberVerified") ? CheckAnswer.TRUE : CheckAnswer.FALSE);
    }

    Optional<Factor> face(Applicant a) {
        JsonObject answer = post(faceUrl + "/face/v1/compare", Json.createObjectBuilder()
                .add("referenceId", a.faceReferenceId()).add("capturedImageSha256", a.capturedImageSha256()).build());
        return Optional.of(new Factor.FaceComparison(new BigDecimal(answer.getString("score")),
                Factor.FaceComparison.Liveness.valueOf(answer.getString("liveness")), answer.getString("modelVersion", "unknown"),
                a.capturedImageSha256()));
    }

    /** CAMARA answers "true", "false" or "not_available"; anything else is not available either. */
    private static CheckAnswer camara(JsonObject answer, String field) {
        return switch (answer.getString(field, "not_available")) {
            case "true" -> CheckAnswer.TRUE;
            case "false" -> CheckAnswer.FALSE;
            default -> CheckAnswer.NOT_AVAILABLE;
        };
    }

    private JsonObject get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private JsonObject post(String url, JsonObject body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private JsonObject send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
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

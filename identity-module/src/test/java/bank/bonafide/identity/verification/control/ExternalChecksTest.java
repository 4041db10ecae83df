package bank.bonafide.identity.verification.control;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.identity.verification.entity.Applicant;
import bank.bonafide.identity.verification.entity.CheckAnswer;
import bank.bonafide.identity.verification.entity.CheckTrace;
import bank.bonafide.identity.verification.entity.CollectedChecks;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.identity.verification.entity.VerificationOutcome;
import bank.bonafide.simulators.ExternalChecksSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bank's HTTP clients against the simulators over real HTTP on 127.0.0.1, then judged by the
 * policy: the 2019 opening is refused from what the services actually answered.
 */
class ExternalChecksTest {

    static ExternalChecksSimulator simulator;
    static ExecutorService executor;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static final Applicant VICTIM_CARD_IMPOSTOR_PHONE = new Applicant("Li Na", "440106198801011234", "+8613800000001",
            "face-ref-2019-11-25", "sha256-of-captured-image");

    @BeforeAll
    static void start() throws Exception {
        simulator = ExternalChecksSimulator.start(0);
        executor = Executors.newFixedThreadPool(8);
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
        simulator.close();
    }

    @BeforeEach
    void reset() throws Exception {
        send("DELETE", "/script", null);
    }

    ExternalChecks checks(Duration timeout) {
        return new ExternalChecks(simulator.baseUrl(), simulator.baseUrl(), simulator.baseUrl(), timeout, 72);
    }

    @Test
    void theStolenIdOpeningIsRefusedFromTheServicesOwnAnswers() throws Exception {
        send("PUT", "/script/phones/+8613800000001", "{\"idDocument\":\"350102199001019999\",\"name\":\"Zhang Wei\"}");
        send("PUT", "/script/lost-documents/440106198801011234", "{\"reportedOn\":\"2019-10-18\"}");
        send("PUT", "/script/faces/face-ref-2019-11-25", "{\"score\":\"0.72\",\"liveness\":\"PASSED\",\"modelVersion\":\"stm-face-3.1\"}");

        List<Factor> factors = checks(Duration.ofSeconds(2)).run(VICTIM_CARD_IMPOSTOR_PHONE, executor).factors();

        assertThat(factors).contains(new Factor.LostDocumentCheck(CheckAnswer.TRUE, LocalDate.of(2019, 10, 18)),
                new Factor.KycMatch(CheckAnswer.FALSE, CheckAnswer.FALSE), new Factor.SimSwap(CheckAnswer.FALSE));
        VerificationOutcome outcome = VerificationPolicy.decide(Purpose.ACCOUNT_OPENING, factors, VerificationPolicyTest.CN_2019);
        assertThat(outcome).isInstanceOfSatisfying(VerificationOutcome.Refused.class, refused ->
                assertThat(refused.reasons()).containsExactlyInAnyOrder("document reported lost on 2019-10-18",
                        "phone number not registered to the applicant", "face score 0.72 below threshold 0.80"));
    }

    @Test
    void eachTraceSaysWhenItsRequestWentOutSoTheEvidenceShowsWhetherTheChecksRanTogether() throws Exception {
        send("PUT", "/script/latency", "{\"millis\":150}");
        // On the caller's thread the checks run one after another: each is asked only after the one before answered.
        List<CheckTrace> oneByOne = checks(Duration.ofSeconds(5)).run(VICTIM_CARD_IMPOSTOR_PHONE, Runnable::run).traces();
        assertThat(lastAsked(oneByOne)).isAfter(firstAnswer(oneByOne));
        // On the pool they are all asked before any answer comes back.
        List<CheckTrace> together = checks(Duration.ofSeconds(5)).run(VICTIM_CARD_IMPOSTOR_PHONE, executor).traces();
        assertThat(lastAsked(together)).isBefore(firstAnswer(together));
    }

    private static java.time.Instant lastAsked(List<CheckTrace> traces) {
        return traces.stream().map(CheckTrace::askedAt).max(java.time.Instant::compareTo).orElseThrow();
    }

    private static java.time.Instant firstAnswer(List<CheckTrace> traces) {
        return traces.stream().map(CheckTrace::answeredAt).filter(java.util.Objects::nonNull).min(java.time.Instant::compareTo).orElseThrow();
    }

    @Test
    void everyCallIsTracedWithItsOwnCorrelationIdAndTheRawAnswerOrWhyThereWasNone() throws Exception {
        send("PUT", "/script/lost-documents/440106198801011234", "{\"reportedOn\":\"2019-10-18\"}");
        // The carrier does not know the phone (503); the face vendor does not know the reference (404).
        CollectedChecks collected = checks(Duration.ofSeconds(2)).run(VICTIM_CARD_IMPOSTOR_PHONE, executor);

        assertThat(collected.traces()).extracting(CheckTrace::check)
                .containsExactly("LostDocumentCheck", "KycMatch", "SimSwap", "NumberVerification", "FaceComparison");
        assertThat(collected.traces()).extracting(CheckTrace::correlationId).doesNotHaveDuplicates().doesNotContainNull();
        CheckTrace registry = collected.traces().get(0);
        assertThat(registry.answer()).isEqualTo("{\"reportedLost\":true,\"reportedOn\":\"2019-10-18\"}");
        assertThat(registry.answeredAt()).isAfterOrEqualTo(registry.askedAt());
        assertThat(simulator.correlatorsSeen()).contains(registry.correlationId());
        assertThat(collected.traces().get(1).answer()).startsWith("not_available: check answered 503");
        assertThat(collected.traces().get(4).answer()).startsWith("not_available: check answered 404");
        assertThat(collected.traces()).allSatisfy(t -> assertThat(t.answer()).doesNotContain("440106198801011234", "+8613800000001"));

        send("PUT", "/script/latency", "{\"millis\":1500}");
        CheckTrace late = checks(Duration.ofMillis(200)).run(VICTIM_CARD_IMPOSTOR_PHONE, executor).traces().get(0);
        assertThat(late.answeredAt()).isNull();
        assertThat(late.answer()).isEqualTo("not_available: no answer within 200 ms");
    }

    @Test
    void anUnavailableCarrierIsNotAvailableNeverAPass() throws Exception {
        send("PUT", "/script/phones/+8613800000001", "{\"idDocument\":\"440106198801011234\",\"name\":\"Li Na\",\"available\":false}");
        List<Factor> factors = checks(Duration.ofSeconds(2)).run(VICTIM_CARD_IMPOSTOR_PHONE, executor).factors();
        assertThat(factors).contains(new Factor.KycMatch(CheckAnswer.NOT_AVAILABLE, CheckAnswer.NOT_AVAILABLE),
                new Factor.SimSwap(CheckAnswer.NOT_AVAILABLE), new Factor.NumberVerification(CheckAnswer.NOT_AVAILABLE));
        assertThat(VerificationPolicy.decide(Purpose.ACCOUNT_OPENING, factors, VerificationPolicyTest.CN_NOW))
                .isNotInstanceOf(VerificationOutcome.Approved.class);
    }

    @Test
    void aCheckThatTakesTooLongIsNotAvailable() throws Exception {
        send("PUT", "/script/phones/+8613800000001", "{\"idDocument\":\"440106198801011234\",\"name\":\"Li Na\"}");
        send("PUT", "/script/latency", "{\"millis\":1500}");
        List<Factor> factors = checks(Duration.ofMillis(200)).run(VICTIM_CARD_IMPOSTOR_PHONE, executor).factors();
        assertThat(factors).contains(new Factor.LostDocumentCheck(CheckAnswer.NOT_AVAILABLE, null),
                new Factor.KycMatch(CheckAnswer.NOT_AVAILABLE, CheckAnswer.NOT_AVAILABLE));
        assertThat(factors).noneMatch(Factor.FaceComparison.class::isInstance);
    }

    @Test
    void theRightfulOwnerWithHerOwnPhoneIsMatched() throws Exception {
        send("PUT", "/script/phones/+8613800000001", "{\"idDocument\":\"440106198801011234\",\"name\":\"Li Na\"}");
        List<Factor> factors = checks(Duration.ofSeconds(2)).run(VICTIM_CARD_IMPOSTOR_PHONE, executor).factors();
        assertThat(factors).contains(new Factor.LostDocumentCheck(CheckAnswer.FALSE, null),
                new Factor.KycMatch(CheckAnswer.TRUE, CheckAnswer.TRUE), new Factor.NumberVerification(CheckAnswer.TRUE));
    }

    private static void send(String method, String path, String json) throws Exception {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .method(method, body).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(204);
    }
}

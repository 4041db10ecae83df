package bank.bonafide.identity.evidence.control;

import bank.bonafide.identity.verification.entity.CheckTrace;
import bank.bonafide.identity.verification.entity.FaceUse;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.LoginAssurance;
import bank.bonafide.identity.verification.entity.VerificationAttempt;
import bank.bonafide.identity.verification.entity.VerificationOutcome;
import bank.bonafide.platform.rules.RulePack;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The content of an evidence package as canonical JSON (fixed field order, so the same facts always
 * hash the same). Holds no ID number, phone or image: only what was answered, scores, thresholds and
 * the image's hash (the image stays in the biometric vault).
 */
public final class EvidenceContent {

    private EvidenceContent() {
    }

    public static String of(UUID decisionId, VerificationAttempt attempt, Instant decidedAt, List<Factor> factors,
                            List<CheckTrace> traces, FaceUse face, VerificationOutcome outcome, RulePack pack) {
        var auth = pack.policy().authentication();
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (Factor factor : factors) {
            JsonObjectBuilder check = Json.createObjectBuilder().add("check", factor.getClass().getSimpleName());
            for (RecordComponent component : factor.getClass().getRecordComponents()) {
                Object value = read(component, factor);
                check.add(component.getName(), value == null ? "null" : value.toString());
            }
            checks.add(check);
        }
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (CheckTrace trace : traces) {
            answers.add(Json.createObjectBuilder()
                    .add("check", trace.check())
                    .add("correlationId", trace.correlationId())
                    .add("askedAt", trace.askedAt().toString())
                    .add("answeredAt", trace.answeredAt() == null ? "no answer" : trace.answeredAt().toString())
                    .add("rawAnswer", trace.answer() == null ? "none" : trace.answer()));
        }
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        outcome.explanation().forEach(reasons::add);
        return Json.createObjectBuilder()
                .add("decisionId", decisionId.toString())
                .add("customerId", attempt.customerId())
                .add("subject", attempt.subjectReference())
                .add("purpose", attempt.purpose().name())
                .add("channel", attempt.channel())
                .add("terminalId", orNone(attempt.terminalId()))
                .add("loginAssurance", assurance(attempt.loginAssurance()))
                .add("occurredAt", attempt.occurredAt().toString())
                .add("confirmedTermsHash", orNone(attempt.confirmedTermsHash()))
                .add("decidedAt", decidedAt.toString())
                .add("rulePack", Json.createObjectBuilder().add("id", pack.id()).add("version", pack.version()))
                .add("thresholds", Json.createObjectBuilder()
                        .add("faceThreshold", auth == null ? "none" : auth.faceThreshold().toPlainString())
                        .add("minimumFactors", auth == null ? 0 : auth.minimumFactors())
                        .add("faceOnlyAllowed", auth != null && auth.faceOnlyAllowed()))
                .add("checks", checks)
                .add("answers", answers)
                .add("face", Json.createObjectBuilder()
                        .add("separateConsent", face.consented())
                        .add("storedImageSha256", orNone(face.storedImageSha256()))
                        .add("note", face.note()))
                .add("outcome", outcome.verdict())
                .add("reasons", reasons)
                .add("decidedBy", attempt.actor())
                .build().toString();
    }

    private static JsonObjectBuilder assurance(LoginAssurance assurance) {
        JsonArrayBuilder amr = Json.createArrayBuilder();
        assurance.amr().forEach(amr::add);
        return Json.createObjectBuilder()
                .add("acr", orNone(assurance.acr()))
                .add("amr", amr)
                .add("authTime", assurance.authTime() == null ? "not stated" : assurance.authTime().toString());
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "none" : value;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

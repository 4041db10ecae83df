package bank.bonafide.identity.evidence.control;

import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.Purpose;
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

    public static String of(UUID decisionId, String customerId, String subjectReference, Purpose purpose, String channel,
                            Instant occurredAt, Instant decidedAt, List<Factor> factors, VerificationOutcome outcome,
                            RulePack pack, String actor) {
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
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        outcome.explanation().forEach(reasons::add);
        return Json.createObjectBuilder()
                .add("decisionId", decisionId.toString())
                .add("customerId", customerId)
                .add("subject", subjectReference)
                .add("purpose", purpose.name())
                .add("channel", channel)
                .add("occurredAt", occurredAt.toString())
                .add("decidedAt", decidedAt.toString())
                .add("rulePack", Json.createObjectBuilder().add("id", pack.id()).add("version", pack.version()))
                .add("thresholds", Json.createObjectBuilder()
                        .add("faceThreshold", auth == null ? "none" : auth.faceThreshold().toPlainString())
                        .add("minimumFactors", auth == null ? 0 : auth.minimumFactors())
                        .add("faceOnlyAllowed", auth != null && auth.faceOnlyAllowed()))
                .add("checks", checks)
                .add("outcome", outcome.verdict())
                .add("reasons", reasons)
                .add("decidedBy", actor)
                .build().toString();
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package bank.bonafide.backoffice.reviews;

import bank.bonafide.identity.review.boundary.ReviewQueue;
import bank.bonafide.identity.review.boundary.ReviewStep;
import bank.bonafide.identity.review.entity.ReviewCase;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The review queue: decisions a person must check, the applicant masked, the sealed evidence of the
 * selected case (each opening logged), and the four-eyes override (propose, then a second person confirms).
 */
@Named
@RequestScoped
public class ReviewQueuePage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    ReviewQueue queue;

    @Inject
    SecurityContext security;

    private String caseId;
    private String verdict;
    private String reason;
    private Optional<ReviewCase> selected;
    private List<Map.Entry<String, String>> evidence;

    public ReviewCase getSelected() {
        if (selected == null) {
            selected = id().flatMap(queue::find);
        }
        return selected.orElse(null);
    }

    /** The selected case's evidence as label/value lines; opening it is logged as a staff read. */
    public List<Map.Entry<String, String>> getEvidence() {
        if (evidence == null) {
            evidence = new ArrayList<>();
            id().flatMap(id -> queue.evidenceFor(id, staff())).ifPresent(content ->
                    flatten("", Json.createReader(new StringReader(content)).readObject(), evidence));
        }
        return evidence;
    }

    /** The signed-in person may check the selected proposal: it exists and is not their own. */
    public boolean isMayCheck() {
        ReviewCase c = getSelected();
        return c != null && c.status() == ReviewCase.Status.PROPOSED && !staff().equals(c.proposedBy());
    }

    public String propose() {
        return after(id().map(id -> queue.propose(id, staff(), verdict, reason))
                .orElse(new ReviewStep.NotAllowed(Texts.of("reviews.chooseCase"))));
    }

    public String confirm() {
        return after(id().map(id -> queue.confirm(id, staff())).orElse(new ReviewStep.NotAllowed(Texts.of("reviews.chooseCase"))));
    }

    public String decline() {
        return after(id().map(id -> queue.decline(id, staff())).orElse(new ReviewStep.NotAllowed(Texts.of("reviews.chooseCase"))));
    }

    private String after(ReviewStep step) {
        FacesContext faces = FacesContext.getCurrentInstance();
        // Java 17: no pattern switch yet; ReviewStep is sealed, so these four are all there is.
        if (step instanceof ReviewStep.NotAllowed no) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, no.reason(), null));
            return null;
        }
        String text;
        if (step instanceof ReviewStep.Proposed) {
            text = Texts.of("reviews.proposalRecorded");
        } else if (step instanceof ReviewStep.Decided decided) {
            text = Texts.of("reviews.confirmedNow", decided.outcome());
        } else {
            text = Texts.of("reviews.proposalDeclined");
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "reviews?faces-redirect=true&case=" + id().map(UUID::toString).orElse("");
    }

    /**
     * The selected case. On a postback the forms' {@code rendered} conditions are evaluated before the hidden
     * field reaches this request-scoped bean, so the id is also read straight from the request.
     */
    private Optional<UUID> id() {
        String raw = caseId;
        if (raw == null || raw.isBlank()) {
            Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            raw = Stream.of("case", "propose:case-id", "check:case-id").map(params::get).filter(Objects::nonNull)
                    .findFirst().orElse(null);
        }
        try {
            return Optional.ofNullable(raw).filter(s -> !s.isBlank()).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String staff() {
        return security.getCallerPrincipal() == null ? "?" : security.getCallerPrincipal().getName();
    }

    private static void flatten(String prefix, JsonValue value, List<Map.Entry<String, String>> into) {
        switch (value.getValueType()) {
            case OBJECT -> ((JsonObject) value).forEach((k, v) -> flatten(prefix.isEmpty() ? k : prefix + "." + k, v, into));
            case ARRAY -> {
                int i = 1;
                for (JsonValue v : value.asJsonArray()) {
                    flatten(prefix + "[" + i++ + "]", v, into);
                }
            }
            case STRING -> into.add(Map.entry(prefix, ((jakarta.json.JsonString) value).getString()));
            default -> into.add(Map.entry(prefix, value.toString()));
        }
    }

    public String at(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String getStaffName() {
        return staff();
    }

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

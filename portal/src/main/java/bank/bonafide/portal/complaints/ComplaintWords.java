package bank.bonafide.portal.complaints;

import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A complaint in plain words in the customer's language: categories, statuses and timeline lines instead of
 * the bank's codes. A code the bundle does not know is shown lower-cased rather than hidden.
 */
@Named
@ApplicationScoped
public class ComplaintWords {

    private static final Pattern FILED_VIA = Pattern.compile("\\w+ via (\\w+)");

    public String category(DisputeCategory category) {
        return category == null ? "" : word("category.", category.name());
    }

    public String status(String status) {
        return word("status.", status);
    }

    /** "Account A-1001". */
    public String item(DisputedItem item) {
        return item == null ? "" : Texts.of("item.short", word("kind.", item.kind().name()), item.reference());
    }

    /** A published complaint channel's kind (HOTLINE, ONLINE, APP, COUNTER). */
    public String channel(String kind) {
        return word("channel.", kind);
    }

    /** The boundary names only "you" or "the bank"; staff names never reach the customer. */
    public String who(String actor) {
        return Texts.of("you".equals(actor) ? "who.you" : "who.bank");
    }

    /** What a timeline line says, with the previous and new value where the line has them. */
    public String what(ComplaintView.Line line) {
        String kind = word("timeline.", line.kind());
        String detail = switch (line.kind()) {
            case "STATUS" -> change(status(line.previousValue()), status(line.newValue()));
            case "FILED" -> filedVia(line.newValue());
            case "OUTCOME" -> outcome(line.newValue());
            default -> change(line.previousValue(), line.newValue());
        };
        return detail.isEmpty() ? kind : Texts.of("timeline.line", kind, detail);
    }

    public String at(Instant at) {
        return ChinaTime.minute(at);
    }

    public String day(Instant at) {
        return ChinaTime.day(at);
    }

    /** "CNY 1200.00". */
    public String money(Money money) {
        return money == null ? "" : money.currency() + " " + Money.plain(money.amount());
    }

    public String mediaType(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "image/png" -> "PNG";
            case "image/jpeg" -> "JPEG";
            default -> mediaType;
        };
    }

    public String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " KB" : ChosenFile.megabytes(bytes) + " MB";
    }

    private static String change(String previous, String next) {
        boolean before = previous != null && !previous.isBlank();
        boolean after = next != null && !next.isBlank();
        if (before && after) {
            return previous + " → " + next;
        }
        return after ? next : before ? previous : "";
    }

    /** "RECEIVED via PORTAL" becomes "through the portal". */
    private static String filedVia(String value) {
        Matcher m = value == null ? null : FILED_VIA.matcher(value);
        return m != null && m.matches() ? Texts.of("timeline.filedVia", word("via.", m.group(1))) : change(null, value);
    }

    /** "MONETARY_RELIEF / root-cause / timely": the customer reads how it ended, not the bank's root-cause tag. */
    private static String outcome(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return word("outcome.", value.split(" / ")[0].strip());
    }

    private static String word(String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return Texts.has(prefix + code) ? Texts.of(prefix + code) : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

package bank.bonafide.backoffice.security;

import bank.bonafide.platform.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Who is signed in and how times read on staff screens (China Standard Time), for every page. */
@Named
@RequestScoped
public class StaffScreen {

    /** Roles that count in staff work; the container knows them from the realm's token. */
    private static final Set<String> STAFF_ROLES = Set.of("BACK_OFFICE", "COMPLAINT_HANDLER", "COMPENSATION_APPROVER",
            "COMPLIANCE_OFFICER", "ADMIN");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    SecurityContext security;

    public String getStaffName() {
        return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    }

    public Set<String> roles() {
        return STAFF_ROLES.stream().filter(security::isCallerInRole).collect(Collectors.toUnmodifiableSet());
    }

    public boolean inRole(String role) {
        return security.isCallerInRole(role);
    }

    public String at(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    public String join(java.util.Collection<String> values, String separator) {
        return values == null ? "" : String.join(separator, values);
    }

    /**
     * An enum-like value in words, in the page's language: UNDER_INVESTIGATION reads "under investigation", or what
     * the bundle has under {@code word.UNDER_INVESTIGATION} (the Chinese bundle has the statuses, categories and
     * findings; English reads them from their names).
     */
    public String words(Object value) {
        if (value == null) {
            return "";
        }
        String key = "word." + value;
        return Texts.has(key) ? Texts.of(key) : Stream.of(value.toString().toLowerCase().split("_")).collect(Collectors.joining(" "));
    }
}

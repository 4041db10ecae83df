package bank.bonafide.platform.rules;

import bank.bonafide.platform.money.Money;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates one pack file. The schema lives here, as code, so that a problem is reported as
 * {@code <file>: <field path>: <problem>} and stops the deploy. Unknown fields are refused too: a typo
 * must not silently leave a rule at a default.
 */
final class RulePackReader {

    private static final Pattern SOURCE = Pattern.compile("(CN|EU|US|UK)-\\d{2}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final String file;

    private RulePackReader(String file) {
        this.file = file;
    }

    static RulePack read(String file, InputStream in) {
        if (in == null) {
            throw new RulePackException(file + ": file not found");
        }
        JsonObject root;
        try (var reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (JsonParsingException e) {
            throw new RulePackException(file + ": not valid JSON (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            // Empty, not text at all (JsonException) or nested deeper than the parser allows (a bare RuntimeException of
            // Parsson's): not JSON either, and the loader says so instead of failing.
            throw new RulePackException(file + ": not a JSON object (empty, not text, or nested too deeply)", e);
        }
        try {
            return new RulePackReader(file).pack(root);
        } catch (RulePackException e) {
            throw e;
        } catch (RuntimeException e) {
            // A value of a shape the checks above did not foresee: still a refusal the person loading the pack can read.
            // They read what is wrong, not the parser's class names (R3 counts those as internals).
            throw new RulePackException(file + ": not a valid rule pack (a value has the wrong shape)", e);
        }
    }

    private RulePack pack(JsonObject o) {
        allowOnly(o, "", "id", "jurisdiction", "version", "effectiveFrom", "effectiveTo", "description",
                "calendar", "clocks", "amounts", "parameters", "authentication", "identityChecks", "consent",
                "dataClasses", "liability", "advanceCompensation", "evidencePackage", "staffAccess", "complaints");
        String id = text(o, "", "id");
        int version = positive(o, "", "version");
        LocalDate from = date(o, "", "effectiveFrom");
        LocalDate to = o.isNull("effectiveTo") || !o.containsKey("effectiveTo") ? null : date(o, "", "effectiveTo");
        if (to != null && !to.isAfter(from)) {
            throw problem("effectiveTo", "must be after effectiveFrom");
        }
        text(o, "", "description");
        Map<String, ClockRule> clocks = clocks(object(o, "", "clocks"));
        return new RulePack(id, text(o, "", "jurisdiction"), version, from, to, file,
                calendar(object(o, "", "calendar"), "calendar."), clocks,
                amounts(o.containsKey("amounts") ? object(o, "", "amounts") : JsonValue.EMPTY_JSON_OBJECT),
                parameters(o.containsKey("parameters") ? object(o, "", "parameters") : JsonValue.EMPTY_JSON_OBJECT),
                policy(o, clocks));
    }

    private PolicySections policy(JsonObject o, Map<String, ClockRule> clocks) {
        return new PolicySections(
                optional(o, "authentication", (a, p) -> {
                    allowOnly(a, p, "minimumFactors", "faceOnlyAllowed", "faceThreshold", "livenessRequired",
                            "dynamicLinking", "nonBiometricAlternative", "source", "note");
                    BigDecimal threshold = decimal(a, p, "faceThreshold");
                    if (threshold.compareTo(BigDecimal.ONE) > 0) {
                        throw problem(p + "faceThreshold", "must be a score between 0 and 1");
                    }
                    return new PolicySections.Authentication(positive(a, p, "minimumFactors"), bool(a, p, "faceOnlyAllowed"),
                            threshold, bool(a, p, "livenessRequired"), bool(a, p, "dynamicLinking"),
                            bool(a, p, "nonBiometricAlternative"), source(a, p), note(a, p));
                }),
                optional(o, "identityChecks", (a, p) -> {
                    allowOnly(a, p, "lostIdRegistry", "phoneRealNameMatch", "simSwapMaxAgeHours", "coolingOffDays",
                            "redFlags", "source", "note");
                    return new PolicySections.IdentityChecks(bool(a, p, "lostIdRegistry"), bool(a, p, "phoneRealNameMatch"),
                            a.containsKey("simSwapMaxAgeHours") ? positive(a, p, "simSwapMaxAgeHours") : null,
                            a.containsKey("coolingOffDays") ? positive(a, p, "coolingOffDays") : null,
                            a.containsKey("redFlags") ? texts(a, p, "redFlags") : List.of(), source(a, p), note(a, p));
                }),
                optional(o, "consent", (a, p) -> {
                    allowOnly(a, p, "separateBiometricConsent", "creditQueryNeedsConsent", "source", "note");
                    return new PolicySections.Consent(bool(a, p, "separateBiometricConsent"),
                            bool(a, p, "creditQueryNeedsConsent"), source(a, p), note(a, p));
                }),
                dataClasses(o),
                optional(o, "liability", (a, p) -> {
                    allowOnly(a, p, "burdenOfProof", "bankSharePercentWhenHolderAtFault", "source", "note");
                    String burden = text(a, p, "burdenOfProof");
                    if (!burden.equals("BANK") && !burden.equals("CUSTOMER")) {
                        throw problem(p + "burdenOfProof", "must be BANK or CUSTOMER");
                    }
                    BigDecimal share = decimal(a, p, "bankSharePercentWhenHolderAtFault");
                    if (share.compareTo(new BigDecimal("100")) > 0) {
                        throw problem(p + "bankSharePercentWhenHolderAtFault", "must be a percentage from 0 to 100");
                    }
                    return new PolicySections.Liability(burden, share, source(a, p), note(a, p));
                }),
                optional(o, "advanceCompensation", (a, p) -> {
                    allowOnly(a, p, "trigger", "deadlineClock", "fundingAccount", "source", "note");
                    String clock = text(a, p, "deadlineClock");
                    if (!clocks.containsKey(clock)) {
                        throw problem(p + "deadlineClock", "names no clock of this pack (" + clock + ")");
                    }
                    return new PolicySections.AdvanceCompensation(text(a, p, "trigger"), clock, text(a, p, "fundingAccount"),
                            source(a, p), note(a, p));
                }),
                optional(o, "evidencePackage", (a, p) -> {
                    allowOnly(a, p, "contents", "source");
                    return new PolicySections.EvidencePackage(texts(a, p, "contents"), source(a, p));
                }),
                optional(o, "staffAccess", (a, p) -> {
                    allowOnly(a, p, "purposeRequired", "bulkAlertRecords", "bulkSuspendRecords", "exportNeedsApproval",
                            "breakGlass", "source", "note");
                    int alert = positive(a, p, "bulkAlertRecords");
                    int suspend = positive(a, p, "bulkSuspendRecords");
                    if (suspend <= alert) {
                        throw problem(p + "bulkSuspendRecords", "must be above bulkAlertRecords (" + alert + ")");
                    }
                    return new PolicySections.StaffAccess(bool(a, p, "purposeRequired"), alert, suspend,
                            bool(a, p, "exportNeedsApproval"), bool(a, p, "breakGlass"), source(a, p), note(a, p));
                }),
                optional(o, "complaints", (a, p) -> {
                    allowOnly(a, p, "channels", "owners", "decisionClocks", "source");
                    List<PolicySections.ComplaintHandling.Channel> channels = new java.util.ArrayList<>();
                    JsonArray list = array(a, p, "channels");
                    for (int i = 0; i < list.size(); i++) {
                        String at = p + "channels[" + i + "].";
                        if (!(list.get(i) instanceof JsonObject c)) {
                            throw problem(at, "must be an object");
                        }
                        allowOnly(c, at, "kind", "address");
                        channels.add(new PolicySections.ComplaintHandling.Channel(text(c, at, "kind"), text(c, at, "address")));
                    }
                    Map<String, PolicySections.ComplaintHandling.Owner> owners = new LinkedHashMap<>();
                    for (var e : object(a, p, "owners").entrySet()) {
                        String at = p + "owners." + e.getKey() + ".";
                        if (!(e.getValue() instanceof JsonObject w)) {
                            throw problem(at, "must be an object");
                        }
                        allowOnly(w, at, "department", "person");
                        owners.put(e.getKey(), new PolicySections.ComplaintHandling.Owner(text(w, at, "department"), text(w, at, "person")));
                    }
                    Map<String, String> decisionClocks = new LinkedHashMap<>();
                    if (a.containsKey("decisionClocks")) {
                        for (var e : object(a, p, "decisionClocks").entrySet()) {
                            String at = p + "decisionClocks." + e.getKey();
                            if (!(e.getValue() instanceof jakarta.json.JsonString clockName)) {
                                throw problem(at, "must name a clock of this pack");
                            }
                            if (!clocks.containsKey(clockName.getString())) {
                                throw problem(at, "names clock '" + clockName.getString() + "', which this pack does not define");
                            }
                            decisionClocks.put(e.getKey(), clockName.getString());
                        }
                    }
                    return new PolicySections.ComplaintHandling(channels, owners, decisionClocks, source(a, p));
                }));
    }

    private Map<String, PolicySections.DataClass> dataClasses(JsonObject o) {
        if (!o.containsKey("dataClasses")) {
            return Map.of();
        }
        Map<String, PolicySections.DataClass> classes = new LinkedHashMap<>();
        for (var e : object(o, "", "dataClasses").entrySet()) {
            String p = "dataClasses." + e.getKey() + ".";
            if (!(e.getValue() instanceof JsonObject a)) {
                throw problem("dataClasses." + e.getKey(), "must be an object");
            }
            allowOnly(a, p, "encrypted", "masking", "isolated", "retentionMinYears", "retentionMaxDays", "legalHold",
                    "neverLogged", "source");
            String masking = text(a, p, "masking");
            if (!Set.of("NONE", "PARTIAL", "FULL").contains(masking)) {
                throw problem(p + "masking", "must be NONE, PARTIAL or FULL");
            }
            classes.put(e.getKey(), new PolicySections.DataClass(bool(a, p, "encrypted"), masking, bool(a, p, "isolated"),
                    a.containsKey("retentionMinYears") ? positive(a, p, "retentionMinYears") : null,
                    a.containsKey("retentionMaxDays") ? positive(a, p, "retentionMaxDays") : null,
                    bool(a, p, "legalHold"), bool(a, p, "neverLogged"), source(a, p)));
        }
        return classes;
    }

    private <T> T optional(JsonObject o, String field, java.util.function.BiFunction<JsonObject, String, T> section) {
        return o.containsKey(field) ? section.apply(object(o, "", field), field + ".") : null;
    }

    private List<String> texts(JsonObject o, String path, String field) {
        List<String> values = new java.util.ArrayList<>();
        JsonArray list = array(o, path, field);
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof JsonString s) || s.getString().isBlank()) {
                throw problem(path + field + "[" + i + "]", "must be a non-empty string");
            }
            values.add(s.getString());
        }
        return values;
    }

    private BusinessCalendar calendar(JsonObject o, String path) {
        allowOnly(o, path, "timeZone", "cutOff", "holidays", "subdivision", "restDays", "workingDays", "coveredYears", "source");
        ZoneId zone;
        try {
            zone = ZoneId.of(text(o, path, "timeZone"));
        } catch (java.time.DateTimeException e) {
            throw problem(path + "timeZone", "unknown time zone");
        }
        LocalTime cutOff = null;
        if (o.containsKey("cutOff")) {
            try {
                cutOff = LocalTime.parse(text(o, path, "cutOff"));
            } catch (DateTimeParseException e) {
                throw problem(path + "cutOff", "must be a time like 17:00");
            }
        }
        String holidays = text(o, path, "holidays");
        if (!BusinessCalendar.PACK.equals(holidays)) {
            try {
                de.focus_shift.jollyday.core.HolidayCalendar.valueOf(holidays);
            } catch (IllegalArgumentException e) {
                throw problem(path + "holidays", "must be \"pack\" or a jollyday HolidayCalendar name such as GERMANY");
            }
        }
        source(o, path);
        Set<LocalDate> rest = dates(o, path, "restDays");
        Set<LocalDate> working = dates(o, path, "workingDays");
        Set<Integer> years = new HashSet<>();
        if (o.containsKey("coveredYears")) {
            for (JsonValue v : array(o, path, "coveredYears")) {
                if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                    throw problem(path + "coveredYears", "must list years as whole numbers");
                }
                years.add(n.intValue());
            }
        }
        if (BusinessCalendar.PACK.equals(holidays) && years.isEmpty()) {
            throw problem(path + "coveredYears", "a pack that carries its own holidays must say which years they cover");
        }
        for (LocalDate d : rest) {
            if (BusinessCalendar.PACK.equals(holidays) && !years.contains(d.getYear())) {
                throw problem(path + "restDays", d + " lies outside coveredYears");
            }
        }
        return new BusinessCalendar(zone, cutOff, holidays, o.containsKey("subdivision") ? text(o, path, "subdivision") : null,
                rest, working, years);
    }

    private Set<LocalDate> dates(JsonObject o, String path, String field) {
        Set<LocalDate> days = new HashSet<>();
        if (!o.containsKey(field)) {
            return days;
        }
        JsonArray entries = array(o, path, field);
        for (int i = 0; i < entries.size(); i++) {
            String at = path + field + "[" + i + "].";
            if (!(entries.get(i) instanceof JsonObject entry)) {
                throw problem(path + field + "[" + i + "]", "must be an object with from, to and notice");
            }
            allowOnly(entry, at, "from", "to", "name", "notice");
            LocalDate from = date(entry, at, "from");
            LocalDate to = entry.containsKey("to") ? date(entry, at, "to") : from;
            if (to.isBefore(from)) {
                throw problem(at + "to", "must not be before from");
            }
            text(entry, at, "notice");
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }

    private Map<String, ClockRule> clocks(JsonObject o) {
        Map<String, ClockRule> clocks = new LinkedHashMap<>();
        for (var e : o.entrySet()) {
            String path = "clocks." + e.getKey() + ".";
            if (!(e.getValue() instanceof JsonObject c)) {
                throw problem("clocks." + e.getKey(), "must be an object");
            }
            allowOnly(c, path, "trigger", "duration", "unit", "rollForward", "extensions", "breachAction", "source");
            TimeUnitOfClock unit;
            try {
                unit = TimeUnitOfClock.valueOf(text(c, path, "unit"));
            } catch (IllegalArgumentException ex) {
                throw problem(path + "unit", "must be CALENDAR_DAYS or BUSINESS_DAYS");
            }
            int duration = positive(c, path, "duration");
            List<ClockRule.Extension> extensions = new java.util.ArrayList<>();
            if (c.containsKey("extensions")) {
                JsonArray list = array(c, path, "extensions");
                int previous = duration;
                for (int i = 0; i < list.size(); i++) {
                    String at = path + "extensions[" + i + "].";
                    if (!(list.get(i) instanceof JsonObject x)) {
                        throw problem(at, "must be an object");
                    }
                    allowOnly(x, at, "upTo", "approver", "customerNotice", "source");
                    int upTo = positive(x, at, "upTo");
                    if (upTo <= previous) {
                        throw problem(at + "upTo", "must be longer than the limit before it (" + previous + ")");
                    }
                    previous = upTo;
                    extensions.add(new ClockRule.Extension(upTo, text(x, at, "approver"), bool(x, at, "customerNotice"), source(x, at)));
                }
            }
            clocks.put(e.getKey(), new ClockRule(e.getKey(), text(c, path, "trigger"), duration, unit,
                    c.containsKey("rollForward") && bool(c, path, "rollForward"), extensions,
                    text(c, path, "breachAction"), source(c, path)));
        }
        if (clocks.isEmpty()) {
            throw problem("clocks", "a pack needs at least one clock");
        }
        return clocks;
    }

    private Map<String, Sourced<Money>> amounts(JsonObject o) {
        Map<String, Sourced<Money>> amounts = new LinkedHashMap<>();
        for (var e : o.entrySet()) {
            String path = "amounts." + e.getKey() + ".";
            if (!(e.getValue() instanceof JsonObject a)) {
                throw problem("amounts." + e.getKey(), "must be an object");
            }
            allowOnly(a, path, "amount", "currency", "source", "note");
            BigDecimal amount = decimal(a, path, "amount");
            String currency = text(a, path, "currency");
            if (!CURRENCY.matcher(currency).matches()) {
                throw problem(path + "currency", "must be an ISO 4217 code such as EUR");
            }
            amounts.put(e.getKey(), new Sourced<>(new Money(amount, currency), source(a, path), note(a, path)));
        }
        return amounts;
    }

    private Map<String, Sourced<BigDecimal>> parameters(JsonObject o) {
        Map<String, Sourced<BigDecimal>> parameters = new LinkedHashMap<>();
        for (var e : o.entrySet()) {
            String path = "parameters." + e.getKey() + ".";
            if (!(e.getValue() instanceof JsonObject p)) {
                throw problem("parameters." + e.getKey(), "must be an object");
            }
            allowOnly(p, path, "value", "source", "note");
            parameters.put(e.getKey(), new Sourced<>(decimal(p, path, "value"), source(p, path), note(p, path)));
        }
        return parameters;
    }

    // --- field readers: each failure names the field ---

    private String source(JsonObject o, String path) {
        String source = text(o, path, "source");
        if (!SOURCE.matcher(source).matches()) {
            throw problem(path + "source", "must cite a rule id of DOMAIN.md such as CN-14 (was '" + source + "')");
        }
        return source;
    }

    private String note(JsonObject o, String path) {
        return o.containsKey("note") ? text(o, path, "note") : null;
    }

    private void allowOnly(JsonObject o, String path, String... fields) {
        Set<String> allowed = Set.of(fields);
        for (String key : o.keySet()) {
            if (!allowed.contains(key)) {
                throw problem(path + key, "unknown field (allowed: " + String.join(", ", fields) + ")");
            }
        }
    }

    private String text(JsonObject o, String path, String field) {
        JsonValue v = o.get(field);
        if (!(v instanceof JsonString s) || s.getString().isBlank()) {
            throw problem(path + field, v == null ? "is required" : "must be a non-empty string");
        }
        return s.getString();
    }

    private int positive(JsonObject o, String path, String field) {
        JsonValue v = o.get(field);
        if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.intValue() <= 0) {
            throw problem(path + field, v == null ? "is required" : "must be a whole number above 0");
        }
        return n.intValue();
    }

    private BigDecimal decimal(JsonObject o, String path, String field) {
        JsonValue v = o.get(field);
        // Amounts are strings ("85000.00") so that no JSON parser turns them into floating point.
        if (v instanceof JsonString s) {
            try {
                BigDecimal d = new BigDecimal(s.getString());
                if (d.signum() >= 0) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // fall through to the problem below
            }
        } else if (v instanceof JsonNumber n && n.bigDecimalValue().signum() >= 0) {
            return n.bigDecimalValue();
        }
        throw problem(path + field, v == null ? "is required" : "must be a decimal number, not negative");
    }

    private boolean bool(JsonObject o, String path, String field) {
        JsonValue v = o.get(field);
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        throw problem(path + field, v == null ? "is required" : "must be true or false");
    }

    private LocalDate date(JsonObject o, String path, String field) {
        String value = text(o, path, field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw problem(path + field, "must be a date like 2019-12-20 (was '" + value + "')");
        }
    }

    private JsonObject object(JsonObject o, String path, String field) {
        JsonValue v = o.get(field);
        if (!(v instanceof JsonObject obj)) {
            throw problem(path + field, v == null ? "is required" : "must be an object");
        }
        return obj;
    }

    private JsonArray array(JsonObject o, String path, String field) {
        JsonValue v = o.get(field);
        if (!(v instanceof JsonArray a)) {
            throw problem(path + field, v == null ? "is required" : "must be a list");
        }
        return a;
    }

    private RulePackException problem(String field, String what) {
        return new RulePackException(file + ": " + field + ": " + what);
    }
}

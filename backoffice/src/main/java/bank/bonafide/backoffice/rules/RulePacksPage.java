package bank.bonafide.backoffice.rules;

import bank.bonafide.platform.rules.ClockRule;
import bank.bonafide.platform.rules.PolicySections;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackException;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule packs in effect and every value in them with its source (compliance officers and admins);
 * an ADMIN may load a new version, which takes effect from a future date only.
 */
@Named
@RequestScoped
public class RulePacksPage {

    @Inject
    SecurityContext security;

    private String fileName;
    private String json;

    public boolean isAdmin() {
        return security.isCallerInRole("ADMIN");
    }

    /** Loads a new pack version; only for ADMIN, whatever the page showed. */
    public String load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isAdmin()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.of("packs.refuse.notAdmin"), null));
            return null;
        }
        try {
            RulePack pack = RulePackLibrary.load(fileName == null || fileName.isBlank() ? "pack.json" : fileName.strip(),
                    json == null ? "" : json, security.getCallerPrincipal().getName());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.of("packs.loaded", pack.id(), pack.version(), pack.effectiveFrom()), null));
            fileName = null;
            json = null;
        } catch (RulePackException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.of("packs.notLoaded", e.getMessage()), null));
        }
        return null;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getJson() {
        return json;
    }

    public void setJson(String json) {
        this.json = json;
    }

    /** One rule value as a row: which pack, what kind of rule, its name, value, source and note. */
    public record Row(String pack, String kind, String name, String value, String source, String note) {
    }

    public List<RulePack> getPacks() {
        return RulePackLibrary.inEffect().all();
    }

    public List<Row> getValues() {
        List<Row> rows = new ArrayList<>();
        for (RulePack p : getPacks()) {
            String pack = p.id() + " v" + p.version();
            rows.add(new Row(pack, "calendar", "business days", p.calendar().zone() + ", holidays: "
                    + p.calendar().holidaySource() + (p.calendar().cutOff() == null ? "" : ", cut-off " + p.calendar().cutOff())
                    + (p.calendar().coveredYears().isEmpty() ? "" : ", years " + p.calendar().coveredYears().stream().sorted()
                    .map(String::valueOf).collect(Collectors.joining(" "))), "", ""));
            p.clocks().values().forEach(c -> rows.add(new Row(pack, "clock", c.name(), describe(c), c.source(), c.trigger())));
            p.amounts().forEach((name, a) -> rows.add(new Row(pack, "amount", name,
                    a.value().amount().toPlainString() + " " + a.value().currency(), a.source(), a.note())));
            p.parameters().forEach((name, v) -> rows.add(new Row(pack, "parameter", name, v.value().toPlainString(),
                    v.source(), v.note())));
            policyRows(pack, p.policy(), rows);
        }
        return rows;
    }

    /** One row per policy section the pack has; a section it leaves out is shown as not set. */
    private static void policyRows(String pack, PolicySections policy, List<Row> rows) {
        for (RecordComponent section : PolicySections.class.getRecordComponents()) {
            Object value = read(section, policy);
            if (value == null || (value instanceof Map<?, ?> m && m.isEmpty())) {
                rows.add(new Row(pack, "policy", section.getName(), "not set in this pack", "", ""));
            } else if (value instanceof Map<?, ?> classes) {
                classes.forEach((name, dataClass) -> rows.add(new Row(pack, "policy", section.getName() + " " + name,
                        components(dataClass), String.valueOf(read("source", dataClass)), "")));
            } else {
                rows.add(new Row(pack, "policy", section.getName(), components(value),
                        String.valueOf(read("source", value)), String.valueOf(Objects.requireNonNullElse(read("note", value), ""))));
            }
        }
    }

    /** "name: value" for every component except source and note (shown in their own columns). */
    private static String components(Object record) {
        return Arrays.stream(record.getClass().getRecordComponents())
                .filter(c -> !c.getName().equals("source") && !c.getName().equals("note"))
                .map(c -> c.getName() + ": " + read(c, record))
                .collect(Collectors.joining(", "));
    }

    private static Object read(String component, Object record) {
        return Arrays.stream(record.getClass().getRecordComponents()).filter(c -> c.getName().equals(component))
                .findFirst().map(c -> read(c, record)).orElse(null);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(ClockRule c) {
        String base = c.duration() + " " + c.unit().name().toLowerCase().replace('_', ' ') + (c.rollForward() ? ", last day rolls to a business day" : "");
        String extensions = c.extensions().stream()
                .map(x -> "up to " + x.upTo() + " with " + x.approver() + (x.customerNotice() ? " and notice to the customer" : ""))
                .collect(Collectors.joining("; "));
        return extensions.isEmpty() ? base : base + "; " + extensions;
    }
}

package bank.bonafide.channel.lending;

import bank.bonafide.lending.application.boundary.ApplicationView;
import bank.bonafide.lending.loan.boundary.LoanDetail;
import bank.bonafide.lending.terms.entity.ScheduleLine;
import bank.bonafide.platform.money.Money;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/** Lending's answers as JSON. Amounts are strings (exact decimals, never floating point). */
final class LendingJson {

    private LendingJson() {
    }

    static String application(ApplicationView a) {
        JsonArrayBuilder schedule = Json.createArrayBuilder();
        a.schedule().forEach(l -> schedule.add(line(l)));
        JsonArrayBuilder checks = Json.createArrayBuilder();
        a.checks().forEach(c -> checks.add(Json.createObjectBuilder().add("check", c.name()).add("result", c.result())
                .add("detail", c.detail()).add("rule", c.rule() == null ? "" : c.rule()).add("checkedAt", c.checkedAt().toString())));
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        a.reasons().forEach(reasons::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("reference", a.reference())
                .add("status", a.status())
                .add("product", a.productCode())
                .add("terms", Json.createObjectBuilder()
                        .add("amount", a.terms().principal().amount().toPlainString())
                        .add("currency", a.terms().principal().currency())
                        .add("termMonths", a.terms().termMonths())
                        .add("annualRate", a.terms().annualRate().stripTrailingZeros().toPlainString())
                        .add("method", a.terms().method().name())
                        .add("payee", a.terms().payee())
                        .add("firstDueDate", a.terms().firstDueDate().toString())
                        .add("summary", a.termsSummary()))
                .add("termsHash", a.termsHash())
                .add("schedule", schedule)
                .add("checks", checks)
                .add("reasons", reasons)
                .add("rulePack", Json.createObjectBuilder().add("id", a.rulePackId()).add("version", a.rulePackVersion()))
                .add("occurredAt", a.occurredAt().toString());
        if (a.stepUpOutcome() != null) {
            json.add("stepUp", Json.createObjectBuilder().add("outcome", a.stepUpOutcome())
                    .add("evidencePackageId", String.valueOf(a.stepUpEvidencePackageId())));
        }
        if (a.loanReference() != null) {
            json.add("loanReference", a.loanReference());
        }
        return json.build().toString();
    }

    static String loan(LoanDetail d) {
        JsonArrayBuilder schedule = Json.createArrayBuilder();
        d.schedule().forEach(i -> schedule.add(Json.createObjectBuilder().add("number", i.number()).add("dueDate", i.dueDate().toString())
                .add("principal", money(i.principal())).add("interest", money(i.interest())).add("lateFee", money(i.lateFee()))
                .add("paid", money(i.paid())).add("owed", money(i.owed())).add("status", i.status())));
        JsonArrayBuilder repayments = Json.createArrayBuilder();
        d.repayments().forEach(r -> repayments.add(Json.createObjectBuilder().add("receivedAt", r.receivedAt().toString())
                .add("amount", money(r.amount())).add("kind", r.kind())));
        JsonArrayBuilder history = Json.createArrayBuilder();
        d.history().forEach(h -> history.add(Json.createObjectBuilder().add("at", h.at().toString()).add("entry", h.entry())));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("reference", d.loan().reference())
                .add("account", d.loan().accountReference())
                .add("principal", money(d.loan().principal()))
                .add("currency", d.loan().currency())
                .add("status", d.loan().status())
                .add("collectionStatus", d.loan().collectionStatus())
                .add("outstandingPrincipal", money(d.outstandingPrincipal()))
                .add("schedule", schedule)
                .add("repayments", repayments)
                .add("history", history);
        if (d.termsHash() != null) {
            json.add("termsHash", d.termsHash()).add("stepUpEvidencePackageId", String.valueOf(d.stepUpEvidencePackageId()));
        }
        return json.build().toString();
    }

    private static JsonObjectBuilder line(ScheduleLine l) {
        return Json.createObjectBuilder().add("number", l.number()).add("dueDate", l.dueDate().toString())
                .add("principal", money(l.principal())).add("interest", money(l.interest())).add("total", money(l.total()))
                .add("balanceAfter", money(l.balanceAfter()));
    }

    static String money(BigDecimal amount) {
        return Money.plain(amount);
    }
}

package bank.bonafide.compensation.fund.boundary;

import bank.bonafide.compensation.fund.control.FundAccount;
import bank.bonafide.compensation.fund.control.Journal;
import bank.bonafide.compensation.fund.entity.LedgerEntry;
import bank.bonafide.platform.money.Money;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The risk-provision fund's ledger: journals in, balances and utilisation out. */
@Stateless
public class RiskProvisionFund {

    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

    @PersistenceContext(unitName = "compensation")
    EntityManager em;

    /** Posts a (necessarily balanced) journal in the caller's transaction: a payout and its posting commit together. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public UUID post(Journal journal, String by) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        journal.lines().forEach(line -> em.persist(new LedgerEntry(id, now, by, journal, line)));
        return id;
    }

    /** The bank puts money into the fund (treasury or compliance records it). */
    public UUID contribute(Money amount, String reference, String by) {
        return post(Journal.contribution(amount, reference), by);
    }

    /** Debits less credits of an account in a currency. */
    public Money balance(FundAccount account, String currency) {
        return balance(account, currency, FAR_FUTURE);
    }

    /** Debits less credits of an account in a currency, of the entries posted before {@code asOf}. */
    public Money balance(FundAccount account, String currency, Instant asOf) {
        BigDecimal net = em.createQuery("SELECT COALESCE(SUM(e.debit - e.credit), 0) FROM LedgerEntry e "
                        + "WHERE e.account = :account AND e.currency = :currency AND e.postedAt < :asOf", BigDecimal.class)
                .setParameter("account", account).setParameter("currency", currency).setParameter("asOf", asOf).getSingleResult();
        return new Money(net.setScale(2, RoundingMode.UNNECESSARY), currency);
    }

    /** Debits less credits over every account, per currency: zero for each, or the ledger is broken. */
    public Map<String, BigDecimal> trialBalance() {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        em.createQuery("SELECT e.currency, SUM(e.debit - e.credit) FROM LedgerEntry e GROUP BY e.currency ORDER BY e.currency",
                        Object[].class)
                .getResultList()
                .forEach(row -> result.put((String) row[0], (BigDecimal) row[1]));
        return result;
    }

    /**
     * What compliance reads: held, contributed, paid out net of recoveries and insurance, and the share of the
     * contributions so used (CN-17).
     */
    public FundPosition position(String currency) {
        return position(currency, FAR_FUTURE);
    }

    /** The fund's position as it stood at {@code asOf} (the end of a reported period). */
    public FundPosition position(String currency, Instant asOf) {
        Money held = balance(FundAccount.RISK_PROVISION_FUND, currency, asOf);
        Money contributed = balance(FundAccount.BANK_CONTRIBUTIONS, currency, asOf);
        contributed = new Money(contributed.amount().negate(), currency);
        Money losses = balance(FundAccount.COMPENSATION_LOSSES, currency, asOf);
        BigDecimal utilisation = contributed.amount().signum() == 0 ? null
                : losses.amount().multiply(BigDecimal.valueOf(100)).divide(contributed.amount(), 1, RoundingMode.HALF_UP);
        return new FundPosition(held, contributed, losses, balance(FundAccount.INSURANCE_RECEIVABLE, currency, asOf), utilisation);
    }

    /** @param utilisationPercent net losses as a share of contributions; null before any contribution */
    public record FundPosition(Money held, Money contributed, Money netLosses, Money insuranceReceivable,
                               BigDecimal utilisationPercent) {
    }
}

package bank.bonafide.platform.rules;

import bank.bonafide.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One version of one jurisdiction's rules, in force from {@code effectiveFrom} (inclusive) until
 * {@code effectiveTo} (exclusive; null while in force).
 */
public record RulePack(String id, String jurisdiction, int version, LocalDate effectiveFrom, LocalDate effectiveTo,
                       String file, BusinessCalendar calendar, Map<String, ClockRule> clocks,
                       Map<String, Sourced<Money>> amounts, Map<String, Sourced<BigDecimal>> parameters,
                       PolicySections policy) {

    /** An amount in a currency (caps, excesses); exact decimal, never floating point. */
    public RulePack {
        clocks = Map.copyOf(clocks);
        amounts = Map.copyOf(amounts);
        parameters = Map.copyOf(parameters);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    public ClockRule clock(String name) {
        ClockRule clock = clocks.get(name);
        if (clock == null) {
            throw new RulePackException(id + " has no clock '" + name + "'");
        }
        return clock;
    }

    /** When the clock {@code name} started at {@code trigger} runs out. */
    public Deadline deadline(String name, Instant trigger) {
        return deadline(name, trigger, clock(name).duration());
    }

    /**
     * The same clock's deadline after its extensions, up to {@code days} in the clock's unit. Where the
     * calendar lacks a year's official schedule, the deadline is the earliest the true one can be and is
     * marked provisional, so that missing data never makes the bank late (and never refuses a complaint).
     */
    public Deadline deadline(String name, Instant trigger, int days) {
        ClockRule clock = clock(name);
        try {
            return exactDeadline(clock, trigger, days);
        } catch (CalendarNotCovered e) {
            LocalDate earliest = trigger.atZone(calendar.zone()).toLocalDate().plusDays(days);
            return new Deadline(id, version, name, earliest, calendar.endOf(earliest), clock.source(), true);
        }
    }

    private Deadline exactDeadline(ClockRule clock, Instant trigger, int days) {
        LocalDate due;
        if (clock.unit() == TimeUnitOfClock.BUSINESS_DAYS) {
            due = calendar.plusBusinessDays(calendar.receivedOn(trigger), days);
        } else {
            // Counting starts the day after the trigger day (the trigger day itself is not counted).
            due = trigger.atZone(calendar.zone()).toLocalDate().plusDays(days);
            if (clock.rollForward()) {
                due = calendar.onOrAfter(due);
            }
        }
        return new Deadline(id, version, clock.name(), due, calendar.endOf(due), clock.source(), false);
    }

    public Sourced<Money> amount(String name) {
        Sourced<Money> amount = amounts.get(name);
        if (amount == null) {
            throw new RulePackException(id + " has no amount '" + name + "'");
        }
        return amount;
    }

    public Sourced<BigDecimal> parameter(String name) {
        Sourced<BigDecimal> value = parameters.get(name);
        if (value == null) {
            throw new RulePackException(id + " has no parameter '" + name + "'");
        }
        return value;
    }
}

package bank.bonafide.lending.terms.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.bonafide.lending.terms.entity.LoanTerms;
import bank.bonafide.lending.terms.entity.RepaymentMethod;
import bank.bonafide.lending.terms.entity.ScheduleLine;
import bank.bonafide.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schedules against figures known from outside this code: the published bank-calculator figures for CNY
 * 10,000 over 12 months at the 2015-2019 one-year benchmark rate of 4.35 % (equal instalments 853.10 a
 * month; equal principal 869.58 first), the textbook 100,000 at 6 %, and for the seed loan's CNY 11,300
 * figures worked out separately with Python's decimal module (monthly rate = annual / 12, interest rounded
 * half-up to the cent each month, last instalment takes the remaining principal).
 */
class RepaymentSchedulesTest {

    static LoanTerms terms(String amount, int months, String rate, RepaymentMethod method) {
        return new LoanTerms(Money.of(amount, "CNY"), months, new BigDecimal(rate), method, 2, RoundingMode.HALF_UP,
                "A-1001", LocalDate.of(2020, 1, 18));
    }

    static BigDecimal sum(List<ScheduleLine> lines, java.util.function.Function<ScheduleLine, BigDecimal> part) {
        return lines.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void equalInstalmentsMatchThePublishedCalculatorFigure() {
        List<ScheduleLine> plan = RepaymentSchedules.plan(terms("10000", 12, "0.0435", RepaymentMethod.ANNUITY));
        assertThat(plan).hasSize(12);
        assertThat(plan.get(0).total()).isEqualByComparingTo("853.10");
        assertThat(plan.get(0).interest()).isEqualByComparingTo("36.25");
        assertThat(plan.get(0).principal()).isEqualByComparingTo("816.85");
        plan.subList(0, 11).forEach(l -> assertThat(l.total()).isEqualByComparingTo("853.10"));
        // The calculator's 237.20 is 12 x 853.10 - 10,000; the bank's last instalment is a cent less, so nobody overpays.
        assertThat(plan.get(11).total()).isEqualByComparingTo("853.09");
        assertThat(sum(plan, ScheduleLine::interest)).isEqualByComparingTo("237.19");
        assertThat(sum(plan, ScheduleLine::principal)).isEqualByComparingTo("10000.00");
        assertThat(plan.get(11).balanceAfter()).isEqualByComparingTo("0");
    }

    @Test
    void equalPrincipalMatchesThePublishedCalculatorFigure() {
        List<ScheduleLine> plan = RepaymentSchedules.plan(terms("10000", 12, "0.0435", RepaymentMethod.EQUAL_PRINCIPAL));
        assertThat(plan.get(0).total()).isEqualByComparingTo("869.58");
        assertThat(plan.get(1).interest()).isEqualByComparingTo("33.23");
        assertThat(plan.get(11).principal()).as("the remainder after eleven times 833.33").isEqualByComparingTo("833.37");
        // P·r·(n+1)/2 = 10,000 x 0.003625 x 6.5 = 235.625, rounded month by month to 235.63.
        assertThat(sum(plan, ScheduleLine::interest)).isEqualByComparingTo("235.63");
    }

    @Test
    void textbookHundredThousandAtSixPercent() {
        List<ScheduleLine> annuity = RepaymentSchedules.plan(terms("100000", 12, "0.06", RepaymentMethod.ANNUITY));
        assertThat(annuity.get(0).total()).isEqualByComparingTo("8606.64");
        assertThat(annuity.get(0).interest()).isEqualByComparingTo("500.00");
        assertThat(annuity.get(11).total()).isEqualByComparingTo("8606.69");
        List<ScheduleLine> equal = RepaymentSchedules.plan(terms("100000", 12, "0.06", RepaymentMethod.EQUAL_PRINCIPAL));
        assertThat(equal.get(0).total()).isEqualByComparingTo("8833.33");
        assertThat(sum(equal, ScheduleLine::interest)).isEqualByComparingTo("3250.00");
    }

    @Test
    void theSeedLoanOfElevenThousandThreeHundred() {
        List<ScheduleLine> annuity = RepaymentSchedules.plan(terms("11300", 12, "0.0435", RepaymentMethod.ANNUITY));
        assertThat(annuity.get(0).total()).isEqualByComparingTo("964.00");
        assertThat(annuity.get(0).interest()).isEqualByComparingTo("40.96");
        assertThat(annuity.get(11).total()).isEqualByComparingTo("964.02");
        assertThat(sum(annuity, ScheduleLine::interest)).isEqualByComparingTo("268.02");
        assertThat(annuity).extracting(ScheduleLine::dueDate).startsWith(LocalDate.of(2020, 1, 18), LocalDate.of(2020, 2, 18))
                .endsWith(LocalDate.of(2020, 12, 18));

        List<ScheduleLine> equal = RepaymentSchedules.plan(terms("11300", 12, "0.0435", RepaymentMethod.EQUAL_PRINCIPAL));
        assertThat(equal.get(0).total()).isEqualByComparingTo("982.63");
        assertThat(equal.get(11).total()).isEqualByComparingTo("945.04");
        assertThat(sum(equal, ScheduleLine::interest)).isEqualByComparingTo("266.25");
    }

    @Test
    void earlyRepaymentKeepsTheTermAndLowersTheInstalments() {
        LoanTerms terms = terms("11300", 12, "0.0435", RepaymentMethod.ANNUITY);
        List<ScheduleLine> plan = RepaymentSchedules.plan(terms);
        assertThat(plan.get(2).balanceAfter()).isEqualByComparingTo("8520.84");

        // CNY 3,000 of principal repaid on the third due date: 5,520.84 left over the nine remaining months.
        BigDecimal left = plan.get(2).balanceAfter().subtract(new BigDecimal("3000"));
        List<ScheduleLine> replanned = RepaymentSchedules.replan(left, plan.subList(3, 12), terms);
        assertThat(replanned).hasSize(9);
        assertThat(replanned.get(0).number()).isEqualTo(4);
        assertThat(replanned.get(0).dueDate()).isEqualTo(plan.get(3).dueDate());
        assertThat(replanned.get(0).total()).isEqualByComparingTo("624.60");
        assertThat(replanned.get(0).interest()).isEqualByComparingTo("20.01");
        assertThat(replanned.get(8).total()).isEqualByComparingTo("624.58");
        assertThat(sum(replanned, ScheduleLine::interest)).isEqualByComparingTo("100.54");
        assertThat(sum(replanned, ScheduleLine::principal)).isEqualByComparingTo("5520.84");
    }

    @Test
    void interestOnPrincipalRepaidBetweenDueDatesRunsOnActualDays() {
        LoanTerms terms = terms("11300", 12, "0.0435", RepaymentMethod.ANNUITY);
        // 3,000 x 4.35 % x 10 / 360 = 3.625 -> 3.63
        assertThat(RepaymentSchedules.interestOnEarlyRepayment(new BigDecimal("3000"), LocalDate.of(2020, 4, 18),
                LocalDate.of(2020, 4, 28), terms)).isEqualByComparingTo("3.63");
        assertThat(RepaymentSchedules.interestOnEarlyRepayment(new BigDecimal("3000"), LocalDate.of(2020, 4, 18),
                LocalDate.of(2020, 4, 18), terms)).isEqualByComparingTo("0");
    }

    @Test
    void roundingFollowsTheProduct() {
        LoanTerms down = new LoanTerms(Money.of("10000", "CNY"), 12, new BigDecimal("0.0435"), RepaymentMethod.ANNUITY, 2,
                RoundingMode.DOWN, "A-1", LocalDate.of(2020, 1, 18));
        assertThat(RepaymentSchedules.plan(down).get(0).total()).isEqualByComparingTo("853.09");
        LoanTerms yen = new LoanTerms(Money.of("100000", "JPY"), 12, new BigDecimal("0.06"), RepaymentMethod.ANNUITY, 0,
                RoundingMode.HALF_UP, "A-1", LocalDate.of(2020, 1, 18));
        assertThat(RepaymentSchedules.plan(yen).get(0).total()).isEqualByComparingTo("8607");
    }

    @Test
    void aChangedTermChangesTheHash() {
        LoanTerms offered = terms("11300", 12, "0.0435", RepaymentMethod.ANNUITY);
        String hash = offered.hash(RepaymentSchedules.plan(offered));
        assertThat(hash).hasSize(64).isEqualTo(offered.hash(RepaymentSchedules.plan(offered)));
        assertThat(terms("11300.00", 12, "0.043500", RepaymentMethod.ANNUITY).hash(RepaymentSchedules.plan(offered)))
                .as("the same values written differently").isEqualTo(hash);
        List<LoanTerms> changed = List.of(terms("11301", 12, "0.0435", RepaymentMethod.ANNUITY),
                terms("11300", 24, "0.0435", RepaymentMethod.ANNUITY), terms("11300", 12, "0.0436", RepaymentMethod.ANNUITY),
                terms("11300", 12, "0.0435", RepaymentMethod.EQUAL_PRINCIPAL),
                new LoanTerms(Money.of("11300", "CNY"), 12, new BigDecimal("0.0435"), RepaymentMethod.ANNUITY, 2,
                        RoundingMode.HALF_UP, "A-9999", LocalDate.of(2020, 1, 18)));
        changed.forEach(t -> assertThat(t.hash(RepaymentSchedules.plan(t))).as(t.summary()).isNotEqualTo(hash));
    }

    @Test
    void impossibleTermsAreRefused() {
        assertThatThrownBy(() -> terms("0", 12, "0.0435", RepaymentMethod.ANNUITY)).hasMessageContaining("positive");
        assertThatThrownBy(() -> terms("100", 0, "0.0435", RepaymentMethod.ANNUITY)).hasMessageContaining("term");
        assertThatThrownBy(() -> Money.of("1", "XYZ1")).isInstanceOf(IllegalArgumentException.class);
    }
}

package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.compensation.fund.boundary.RiskProvisionFund;
import bank.bonafide.compensation.fund.control.FundAccount;
import bank.bonafide.compensation.payout.boundary.AdvanceCompensations;
import bank.bonafide.compensation.payout.boundary.PayoutStep;
import bank.bonafide.compensation.payout.boundary.PayoutView;
import bank.bonafide.compensation.payout.control.Claim;
import bank.bonafide.compensation.recovery.boundary.Recoveries;
import bank.bonafide.compensation.recovery.boundary.RecoveryStep;
import bank.bonafide.compensation.recovery.boundary.RecoveryView;
import bank.bonafide.compensation.recovery.entity.RecoveryCase;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.systemtest.support.BonafideDeployment;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Advance compensation inside the server: sized by the pack, proposed by one member of staff and approved by
 * another (a compensation approver as well above the threshold), paid out of the risk-provision fund with its
 * journal, and recovered from the fraudster or the insurer; the fund's ledger balances after every test.
 */
@ExtendWith(ArquillianExtension.class)
class AdvanceCompensationIT {

    static final Set<String> BACK_OFFICE = Set.of("BACK_OFFICE");
    static final Set<String> APPROVER = Set.of("COMPENSATION_APPROVER", "BACK_OFFICE");
    static final Set<String> COMPLIANCE = Set.of("COMPLIANCE_OFFICER");

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(AdvanceCompensationIT.class);
    }

    @Inject
    AdvanceCompensations payouts;

    @Inject
    RiskProvisionFund fund;

    @Inject
    Recoveries recoveries;

    /** Threads with the container's context, so that each proposal is its own EJB call and transaction. */
    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void theLedgerBalances() {
        assertThat(fund.trialBalance()).allSatisfy((currency, net) -> assertThat(net).as(currency).isZero());
    }

    static Claim cannotProve(String loss, String costs) {
        Instant now = Instant.now();
        return new Claim(Money.of(loss, "CNY"), Money.of(costs, "CNY"), Claim.Finding.BANK_CANNOT_PROVE, null, now, now, now,
                null, false, false);
    }

    static PayoutView done(PayoutStep step) {
        assertThat(step).as(step.toString()).isInstanceOf(PayoutStep.Done.class);
        return ((PayoutStep.Done) step).payout();
    }

    static String refused(PayoutStep step) {
        assertThat(step).as(step.toString()).isInstanceOf(PayoutStep.Refused.class);
        return ((PayoutStep.Refused) step).reason();
    }

    @Test
    void theMakerCannotApproveAndAnotherMemberOfStaffPaysOutOfTheFundWithinTheDeadline() {
        fund.contribute(Money.of("100000.00", "CNY"), "CONTRIB-" + UUID.randomUUID(), "compliance.zhao");
        Money heldBefore = fund.balance(FundAccount.RISK_PROVISION_FUND, "CNY");
        Instant claimed = Instant.now();

        PayoutView proposed = done(payouts.propose(UUID.randomUUID(), "T-PAY1", cannotProve("5000.00", "200.00"), claimed, null, "handler.li"));
        assertThat(proposed.amount().amount()).isEqualByComparingTo("5200.00");
        assertThat(proposed.status()).isEqualTo("PROPOSED");
        assertThat(proposed.reasons()).contains("CN-19", "CN-17");
        // CN-17: the bank's published 7 days, rolled forward off a non-working day.
        LocalDate due = proposed.deadline().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        assertThat(due).isEqualTo(RulePackLibrary.inForce(claimed).deadline("advanceCompensation", claimed).dueDate())
                .isAfterOrEqualTo(claimed.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(7));

        assertThat(refused(payouts.stopTheClock(proposed.reference(), "waiting for the payee bank", "approver.chen", APPROVER)))
                .as("CN-17's published 7 days cannot be stopped").contains("allows no stopping of the advanceCompensation clock");
        assertThat(refused(payouts.approve(proposed.reference(), "handler.li", APPROVER))).contains("someone else must approve");
        assertThat(fund.balance(FundAccount.RISK_PROVISION_FUND, "CNY")).isEqualTo(heldBefore);

        PayoutView paid = done(payouts.approve(proposed.reference(), "bo.wang", BACK_OFFICE));
        assertThat(paid.status()).isEqualTo("PAID");
        assertThat(paid.timely()).isTrue();
        assertThat(fund.balance(FundAccount.RISK_PROVISION_FUND, "CNY").amount())
                .isEqualByComparingTo(heldBefore.amount().subtract(new BigDecimal("5200.00")));
        assertThat(fund.position("CNY").netLosses().amount()).isGreaterThanOrEqualTo(new BigDecimal("5200.00"));
    }

    @Test
    void aLargePayoutNeedsASecondApproverWhoIsACompensationApprover() {
        PayoutView proposed = done(payouts.propose(UUID.randomUUID(), "T-PAY2", cannotProve("50000.00", "0.00"), Instant.now(), null, "handler.li"));
        Money heldBefore = fund.balance(FundAccount.RISK_PROVISION_FUND, "CNY");

        PayoutView first = done(payouts.approve(proposed.reference(), "bo.wang", BACK_OFFICE));
        assertThat(first.status()).as("one approval is not enough above the threshold").isEqualTo("PROPOSED");
        assertThat(refused(payouts.approve(proposed.reference(), "bo.wang", APPROVER))).contains("must be someone else's");
        assertThat(refused(payouts.approve(proposed.reference(), "compliance.zhao", COMPLIANCE))).contains("compensation approver");
        assertThat(fund.balance(FundAccount.RISK_PROVISION_FUND, "CNY")).as("nothing paid yet").isEqualTo(heldBefore);

        PayoutView paid = done(payouts.approve(proposed.reference(), "approver.chen", APPROVER));
        assertThat(paid.status()).isEqualTo("PAID");
        assertThat(paid.approvedBy()).isEqualTo("bo.wang");
        assertThat(paid.secondApprovedBy()).isEqualTo("approver.chen");
        assertThat(fund.balance(FundAccount.RISK_PROVISION_FUND, "CNY").amount())
                .isEqualByComparingTo(heldBefore.amount().subtract(new BigDecimal("50000.00")));
    }

    @Test
    void aRejectionNeedsAReasonAndPaysNothingAndNothingIsProposedWhenNothingIsDue() {
        UUID complaint = UUID.randomUUID();
        PayoutView proposed = done(payouts.propose(complaint, "T-PAY3", cannotProve("800.00", "0.00"), Instant.now(), null, "handler.li"));
        assertThat(refused(payouts.propose(complaint, "T-PAY3", cannotProve("800.00", "0.00"), Instant.now(), null, "bo.wang")))
                .contains("already waiting for approval");
        assertThat(refused(payouts.reject(proposed.reference(), "bo.wang", " "))).contains("Say why");
        assertThat(refused(payouts.reject(proposed.reference(), "handler.li", "duplicate"))).contains("someone else");
        PayoutView rejected = done(payouts.reject(proposed.reference(), "bo.wang", "duplicate of an earlier claim"));
        assertThat(rejected.status()).isEqualTo("REJECTED");
        assertThat(refused(payouts.approve(proposed.reference(), "approver.chen", APPROVER))).contains("rejected");

        Instant now = Instant.now();
        Claim fraud = new Claim(Money.of("800.00", "CNY"), null, Claim.Finding.CUSTOMER_FRAUD, null, now, now, now, null, false, false);
        assertThat(refused(payouts.propose(UUID.randomUUID(), "T-PAY4", fraud, now, null, "handler.li")))
                .contains("Nothing is due", "CN-18");
    }

    @Test
    void whatComesBackFromTheFraudsterOrTheInsurerGoesBackIntoTheFundAndNeverMoreThanWasPaid() {
        PayoutView proposed = done(payouts.propose(UUID.randomUUID(), "T-PAY5", cannotProve("6000.00", "0.00"), Instant.now(), null, "handler.li"));
        assertThat(recoveries.open(proposed.reference(), RecoveryCase.Against.FRAUDSTER, "Zhang San", Money.of("1.00", "CNY"), "handler.li"))
                .as("nothing to recover before the payout is paid").isInstanceOf(RecoveryStep.Refused.class);
        PayoutView paid = done(payouts.approve(proposed.reference(), "bo.wang", BACK_OFFICE));
        Money heldBefore = fund.balance(FundAccount.RISK_PROVISION_FUND, "CNY");
        Money receivableBefore = fund.balance(FundAccount.INSURANCE_RECEIVABLE, "CNY");

        RecoveryView fraudster = recovered(recoveries.open(paid.reference(), RecoveryCase.Against.FRAUDSTER, "Zhang San (police case 2025-117)",
                Money.of("4000.00", "CNY"), "handler.li"));
        assertThat(recoveries.open(paid.reference(), RecoveryCase.Against.INSURER, "PICC", Money.of("3000.00", "CNY"), "handler.li"))
                .as("claims never exceed the 6000 paid").isInstanceOf(RecoveryStep.Refused.class);
        RecoveryView insurer = recovered(recoveries.open(paid.reference(), RecoveryCase.Against.INSURER, "PICC", Money.of("2000.00", "CNY"), "handler.li"));
        assertThat(fund.balance(FundAccount.INSURANCE_RECEIVABLE, "CNY").amount())
                .isEqualByComparingTo(receivableBefore.amount().add(new BigDecimal("2000.00")));

        recovered(recoveries.received(fraudster.reference(), Money.of("2500.00", "CNY"), "handler.li"));
        assertThat(recoveries.received(fraudster.reference(), Money.of("2000.00", "CNY"), "handler.li"))
                .as("only 1500 is outstanding").isInstanceOf(RecoveryStep.Refused.class);
        assertThat(recovered(recoveries.received(fraudster.reference(), Money.of("1500.00", "CNY"), "handler.li")).status()).isEqualTo("CLOSED");

        recovered(recoveries.received(insurer.reference(), Money.of("1200.00", "CNY"), "handler.li"));
        RecoveryView closed = recovered(recoveries.close(insurer.reference(), "the policy excess is 800", "approver.chen"));
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(fund.balance(FundAccount.INSURANCE_RECEIVABLE, "CNY")).as("the unpaid 800 is written down").isEqualTo(receivableBefore);
        assertThat(fund.balance(FundAccount.RISK_PROVISION_FUND, "CNY").amount())
                .as("4000 from the fraudster and 1200 from the insurer are back in the fund")
                .isEqualByComparingTo(heldBefore.amount().add(new BigDecimal("5200.00")));
    }

    /**
     * Two members of staff (or two servers) proposing for one loss at the same moment both pass the "one waiting payout
     * per loss" check before either has written; the unique open-loss index lets only one commit (issue 10, R8).
     */
    @Test
    void twoProposalsForOneLossAtTheSameMomentLeaveOnePayoutWaiting() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            UUID complaint = UUID.randomUUID();
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<PayoutStep>> both = new ArrayList<>();
            for (String maker : List.of("handler.li", "bo.wang")) {
                both.add(executor.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return payouts.propose(complaint, "T-PAY6", cannotProve("900.00", "0.00"), Instant.now(), null, maker);
                }));
            }
            List<PayoutStep> steps = new ArrayList<>();
            for (Future<PayoutStep> f : both) {
                steps.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(steps).as("attempt " + attempt).filteredOn(PayoutStep.Done.class::isInstance).hasSize(1);
            assertThat(steps.stream().filter(PayoutStep.Refused.class::isInstance).map(step -> ((PayoutStep.Refused) step).reason()))
                    .as("attempt " + attempt).singleElement().asString().contains("already waiting for approval");
            assertThat(payouts.ofComplaint(complaint)).as("attempt " + attempt).hasSize(1);
        }
    }

    static RecoveryView recovered(RecoveryStep step) {
        assertThat(step).as(step.toString()).isInstanceOf(RecoveryStep.Done.class);
        return ((RecoveryStep.Done) step).recovery();
    }
}

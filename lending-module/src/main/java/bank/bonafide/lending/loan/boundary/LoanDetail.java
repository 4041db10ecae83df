package bank.bonafide.lending.loan.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A loan with its schedule, repayments and history, for the customer, the API and the back office. */
public record LoanDetail(LoanView loan, String termsHash, String stepUpEvidencePackageId, Instant disbursedAt,
                         Instant writtenOffAt, BigDecimal outstandingPrincipal, List<InstalmentLine> schedule,
                         List<RepaymentLine> repayments, List<HistoryLine> history) {

    public record InstalmentLine(int number, LocalDate dueDate, BigDecimal principal, BigDecimal interest, BigDecimal lateFee,
                                 BigDecimal paid, BigDecimal owed, String status) {
    }

    public record RepaymentLine(Instant receivedAt, BigDecimal amount, String kind, String receivedVia) {
    }

    public record HistoryLine(Instant at, String actor, String entry) {
    }
}

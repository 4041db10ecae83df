package bank.bonafide.lending.loan.boundary;

import bank.bonafide.lending.loan.entity.Loan;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A detached snapshot of a loan for screens and the API. */
public record LoanView(String reference, String customerId, String accountReference, BigDecimal principal,
                       String currency, String status, String collectionStatus, Instant frozenAt,
                       UUID frozenForComplaint) {

    static LoanView of(Loan l) {
        return new LoanView(l.reference(), l.customerId(), l.accountReference(), l.principalAmount(),
                l.principalCurrency(), l.status(), l.collectionStatus().name(), l.frozenAt(), l.frozenForComplaint());
    }
}

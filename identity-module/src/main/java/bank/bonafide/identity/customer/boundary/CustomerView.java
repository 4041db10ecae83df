package bank.bonafide.identity.customer.boundary;

import java.time.Instant;

/** A customer record as a staff screen shows it: masked fields only. */
public record CustomerView(String customerId, String name, String idNumber, String phone, Instant enrolledAt, String source) {
}

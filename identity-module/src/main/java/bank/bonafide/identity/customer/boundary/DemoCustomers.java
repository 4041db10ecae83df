package bank.bonafide.identity.customer.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The demo set's customers (alice C-0001, the 2019 stolen-ID victim; bob C-0002), enrolled sealed when demo data is
 * on: sealing needs the vault's master key, so they cannot come from a SQL seed. Fictional numbers.
 */
@Stateless
public class DemoCustomers {

    @Inject
    CustomerRecords records;

    /** Enrols whichever of them is missing; fails (and the caller logs it) when no vault master key is configured. */
    public void enrolIfMissing() {
        records.enrol("C-0001", "李晓梅", "110101199003071236", "+8613800138001", "demo set");
        records.enrol("C-0002", "王建国", "310104198511204518", "+8613900139002", "demo set");
    }
}

package bank.bonafide.portal.complaints;

import bank.bonafide.portal.security.SignedInCustomer;

/** How the complaint records name the customer acting: {@code customer:<name>}, within the 64 the columns hold. */
final class CustomerActor {

    private static final int MAX = 64;

    private CustomerActor() {
    }

    static String of(SignedInCustomer customer) {
        String actor = "customer:" + customer.displayName();
        return actor.length() <= MAX ? actor : actor.substring(0, MAX);
    }
}

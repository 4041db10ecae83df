package bank.bonafide.platform.event;

/** The bounded contexts of the EAR; each owns its tables and publishes its own events. */
public enum BoundedContext {
    IDENTITY, LENDING, COMPLAINTS, COMPENSATION;

    /** Lower-case name used for table prefixes, migration folders and outbox rows. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

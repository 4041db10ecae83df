package bank.bonafide.identity.customer.boundary;

import bank.bonafide.identity.access.boundary.BlockResult;
import bank.bonafide.identity.access.boundary.LoginBlocks;
import bank.bonafide.identity.customer.entity.AccessAlert;
import bank.bonafide.identity.customer.entity.CustomerRecord;
import bank.bonafide.identity.customer.entity.StaffRead;
import bank.bonafide.identity.vault.control.ConfiguredCipher;
import bank.bonafide.identity.verification.entity.MaskedApplicant;
import bank.bonafide.identity.vault.control.EnvelopeCipher;
import bank.bonafide.platform.rules.PolicySections;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Customer records for staff. Every read is logged with its purpose or case before anything is returned; a full
 * field needs a stated purpose; reading records without a case is counted over a rolling day against the pack's
 * thresholds (CN-13): an alert for compliance at the first, and above the second the login is blocked at once
 * (Keycloak and the app's sessions) and nothing more is shown.
 */
@Stateless
public class CustomerRecords {

    private static final Logger LOG = Logger.getLogger(CustomerRecords.class.getName());
    private static final Sentences SENTENCES = Sentences.of(CustomerRecords.class);
    static final Duration WINDOW = Duration.ofHours(24);
    /** Used where the pack in force says nothing of staff access: the CN figures. */
    static final PolicySections.StaffAccess DEFAULT = new PolicySections.StaffAccess(true, 25, 50, true, true, "CN-13", "default");

    /** The fields a screen may unmask, one at a time. */
    public enum Field { NAME, ID_NUMBER, PHONE }

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    LoginBlocks logins;

    /**
     * Records a customer's identity, sealed, from a verified account opening or the demo set. The first enrolment
     * stands: a later opening never replaces the name, ID number or phone on file (an impersonator's approved
     * opening must not overwrite the victim's phone); changing them is a reviewed change of details.
     *
     * @return false when the customer was enrolled already (nothing changed)
     */
    public boolean enrol(String customerId, String name, String idNumber, String phone, String source) {
        if (em.find(CustomerRecord.class, customerId) != null) {
            return false;
        }
        String contact = String.join("\n", name.strip(), idNumber.strip(), phone.strip());
        EnvelopeCipher.Sealed sealed = ConfiguredCipher.current().seal(contact.getBytes(StandardCharsets.UTF_8), aad(customerId));
        CustomerRecord record = new CustomerRecord(customerId);
        MaskedApplicant masked = MaskedApplicant.of(name, idNumber, phone);
        record.enrol(masked.name(), masked.idDocumentNumber(), masked.phoneNumber(), sealed.masterKeyId(), sealed.wrappedDataKey(),
                sealed.ciphertext(), Instant.now(), source);
        em.persist(record);
        return true;
    }

    /** The masked record, logged as read; counted towards bulk access when no case is given. */
    public RecordRead view(String customerId, StaffAccess access) {
        return read(customerId, access, null);
    }

    /** One field in full: only with a stated purpose, logged with the field's name. */
    public RecordRead unmask(String customerId, Field field, StaffAccess access) {
        if (access.purpose() == null || access.purpose().isBlank()) {
            return new RecordRead.Refused(SENTENCES.say("record.unmaskNeedsPurpose", said(field)));
        }
        return read(customerId, access, field);
    }

    private RecordRead read(String customerId, StaffAccess access, Field field) {
        PolicySections.StaffAccess rules = rules();
        if (rules.purposeRequired() && !access.stated()) {
            return new RecordRead.Refused(SENTENCES.say("record.caseOrPurpose", rules.source()));
        }
        CustomerRecord record = em.find(CustomerRecord.class, customerId);
        if (record == null) {
            return new RecordRead.NotFound();
        }
        Instant now = Instant.now();
        em.persist(new StaffRead(access.staff(), customerId, field == null ? "name, ID number, phone (masked)" : words(field),
                access.logged(), blank(access.caseLink()) ? null : access.caseLink().strip(), now));
        if (blank(access.caseLink())) {
            em.flush();
            RecordRead.Suspended suspended = watchBulk(access.staff(), rules, now);
            if (suspended != null) {
                return suspended;
            }
        }
        CustomerView view = new CustomerView(record.customerId(), record.nameMask(), record.idNumberMask(), record.phoneMask(),
                record.enrolledAt(), record.source());
        return new RecordRead.Shown(view, field == null ? null : open(record, field));
    }

    /**
     * Counts the distinct records this member of staff read without a case in the last day: at the alert threshold
     * compliance is alerted (once a day); above the limit the login is blocked (once) and this read shows nothing.
     */
    private RecordRead.Suspended watchBulk(String staff, PolicySections.StaffAccess rules, Instant now) {
        Instant since = now.minus(WINDOW);
        int records = em.createNamedQuery(StaffRead.RECORDS_WITHOUT_CASE, Long.class).setParameter("staff", staff)
                .setParameter("since", since).getSingleResult().intValue();
        if (records > rules.bulkSuspendRecords()) {
            if (!raisedSince(staff, AccessAlert.Kind.SUSPENDED, since)) {
                String outcome = suspend(staff, records, rules);
                em.persist(new AccessAlert(staff, AccessAlert.Kind.SUSPENDED, records, rules.bulkSuspendRecords(), since, now,
                        rules.source(), outcome));
                LOG.warning(() -> "staff login " + staff + " read " + records + " customer records without a case in 24 h: " + outcome);
            }
            return new RecordRead.Suspended(SENTENCES.say("record.suspended", records, rules.bulkSuspendRecords(), rules.source()));
        }
        if (records >= rules.bulkAlertRecords() && !raisedSince(staff, AccessAlert.Kind.ALERT, since)) {
            em.persist(new AccessAlert(staff, AccessAlert.Kind.ALERT, records, rules.bulkAlertRecords(), since, now, rules.source(),
                    "compliance alerted"));
            LOG.warning(() -> "staff login " + staff + " read " + records + " customer records without a case in 24 h: compliance alerted");
        }
        return null;
    }

    private String suspend(String staff, int records, PolicySections.StaffAccess rules) {
        BlockResult blocked = logins.block(staff, "bulk access: " + records + " customer records without a case in 24 h, above "
                + rules.bulkSuspendRecords() + " (" + rules.source() + ")", "system:access-watch");
        // BlockResult is sealed: Blocked, UnknownLogin or IdentityProviderUnavailable.
        if (blocked instanceof BlockResult.Blocked b) {
            return "login blocked, " + b.sessionsEnded() + " Keycloak session(s) ended";
        }
        return blocked instanceof BlockResult.UnknownLogin ? "no such login at Keycloak; app sessions not ended"
                : "Keycloak unavailable: block NOT applied, act by hand";
    }

    private boolean raisedSince(String staff, AccessAlert.Kind kind, Instant since) {
        return !em.createNamedQuery(AccessAlert.OF_STAFF_SINCE, AccessAlert.class).setParameter("staff", staff)
                .setParameter("kind", kind).setParameter("since", since).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Moves up to {@code max} customer records still wrapped by an older master key to the current primary key
     * (with the vault's own rotation); returns how many.
     */
    public int rewrapStale(int max) {
        EnvelopeCipher cipher = ConfiguredCipher.current();
        List<CustomerRecord> stale = em.createQuery("SELECT c FROM CustomerRecord c WHERE c.masterKeyId <> :primary", CustomerRecord.class)
                .setParameter("primary", cipher.primaryKeyId()).setMaxResults(max).getResultList();
        for (CustomerRecord record : stale) {
            EnvelopeCipher.Sealed moved = cipher.rewrap(record.wrappedDataKey(), record.sealedContact(), aad(record.customerId()));
            record.rewrapped(moved.masterKeyId(), moved.wrappedDataKey());
        }
        return stale.size();
    }

    /** Bulk-access alerts and suspensions, newest first, for compliance. */
    public List<AccessAlertView> alerts(int max) {
        return em.createNamedQuery(AccessAlert.RECENT, AccessAlert.class).setMaxResults(max).getResultStream()
                .map(a -> new AccessAlertView(a.staff(), a.kind().name(), a.records(), a.threshold(), a.raisedAt(), a.source(), a.outcome()))
                .toList();
    }

    /** Who read this customer's record, when, which fields and why (for the customer 360 and for the customer). */
    public List<StaffReadView> readsOf(String customerId, int max) {
        return em.createNamedQuery(StaffRead.OF_CUSTOMER, StaffRead.class).setParameter("customerId", customerId).setMaxResults(max)
                .getResultStream().map(r -> new StaffReadView(r.staff(), r.fields(), r.purpose(), r.caseLink(), r.readAt())).toList();
    }

    private static String open(CustomerRecord record, Field field) {
        byte[] plain = ConfiguredCipher.current().open(record.wrappedDataKey(), record.sealedContact(), aad(record.customerId()));
        String[] parts = new String(plain, StandardCharsets.UTF_8).split("\n", 3);
        return parts[field.ordinal()];
    }

    private static PolicySections.StaffAccess rules() {
        PolicySections.StaffAccess rules = RulePackLibrary.inForce(Instant.now()).policy().staffAccess();
        return rules != null ? rules : DEFAULT;
    }

    /** Binds the ciphertext to the record: copied onto another customer it does not open. */
    private static String aad(String customerId) {
        return "customer:" + customerId;
    }

    /** The field's name as logged with a read: English, whatever the reader's language. */
    private static String words(Field field) {
        return switch (field) {
            case NAME -> "name";
            case ID_NUMBER -> "ID number";
            case PHONE -> "phone";
        };
    }

    /** The field's name in a sentence for the reader (the same words as {@link #words} in English). */
    private static String said(Field field) {
        return switch (field) {
            case NAME -> SENTENCES.say("field.name");
            case ID_NUMBER -> SENTENCES.say("field.idNumber");
            case PHONE -> SENTENCES.say("field.phone");
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public record AccessAlertView(String staff, String kind, int records, int threshold, Instant raisedAt, String source, String outcome) {
    }

    public record StaffReadView(String staff, String fields, String purpose, String caseLink, Instant readAt) {
    }
}

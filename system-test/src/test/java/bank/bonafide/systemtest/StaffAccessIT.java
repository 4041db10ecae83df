package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.identity.customer.boundary.CustomerRecords;
import bank.bonafide.identity.customer.boundary.RecordRead;
import bank.bonafide.identity.customer.boundary.StaffAccess;
import bank.bonafide.platform.keycloak.KeycloakRealm;
import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Keycloak;
import bank.bonafide.systemtest.support.ProvisionedLogins;
import bank.bonafide.systemtest.support.Sql;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff access to customer records against the real Keycloak: every read logged with its purpose; a full field
 * only with a purpose; a back-office login opening records without a case raises an alert at the pack's threshold
 * (25, CN-13) and is suspended above its limit (50): Keycloak disables it and nothing more is shown.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAccessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(StaffAccessIT.class, Keycloak.class, ProvisionedLogins.class);
    }

    @Inject
    CustomerRecords records;

    @Inject
    KeycloakRealm keycloak;

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theRecordIsSealedAtRestMaskedOnReadAndAFullFieldNeedsAPurposeAndIsLogged() {
        String customer = "T-S" + suffix();
        assertThat(records.enrol(customer, "张三丰", "110101199001011237", "+8613811112222", "test")).isTrue();
        assertThat(records.enrol(customer, "张三丰", "110101199001011237", "+8613999999999", "a later opening"))
                .as("the first enrolment stands: a later opening never replaces the phone on file").isFalse();
        List<Map<String, Object>> row = Sql.rows("SELECT * FROM identity_customer WHERE customer_id = ?", customer);
        assertThat(row).hasSize(1);
        assertThat(row.get(0).values().stream().map(v -> v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8)
                : String.valueOf(v))).as("no column holds the ID number, phone or name in clear")
                .noneMatch(v -> v.contains("110101199001011237") || v.contains("13811112222") || v.contains("张三丰"));

        assertThat(records.view(customer, new StaffAccess("bo.wang", " ", null))).as("no purpose, no case")
                .isInstanceOf(RecordRead.Refused.class);
        RecordRead.Shown shown = (RecordRead.Shown) records.view(customer, new StaffAccess("bo.wang", "customer called about a dispute", null));
        assertThat(shown.record().idNumber()).isEqualTo("1101**********1237");
        assertThat(shown.record().phone()).isEqualTo("+86138****2222");
        assertThat(shown.record().name()).isEqualTo("张**");
        assertThat(shown.value()).isNull();

        assertThat(records.unmask(customer, CustomerRecords.Field.ID_NUMBER, new StaffAccess("bo.wang", null, "CMP-1")))
                .as("a case alone does not unmask").isInstanceOf(RecordRead.Refused.class);
        RecordRead.Shown full = (RecordRead.Shown) records.unmask(customer, CustomerRecords.Field.ID_NUMBER,
                new StaffAccess("bo.wang", "police request HZ-2026-117 for the ID number", "CMP-1"));
        assertThat(full.value()).isEqualTo("110101199001011237");
        // Both reads may fall in the same second (MariaDB keeps seconds through Connector/J): compare without order.
        assertThat(records.readsOf(customer, 10)).extracting(CustomerRecords.StaffReadView::fields)
                .containsExactlyInAnyOrder("ID number", "name, ID number, phone (masked)");
        assertThat(records.readsOf(customer, 10)).filteredOn(r -> r.fields().equals("ID number")).singleElement()
                .satisfies(r -> assertThat(r.purpose()).isEqualTo("police request HZ-2026-117 for the ID number"));
    }

    @Test
    void openingRecordsWithoutACaseAlertsComplianceAtTheThresholdAndSuspendsTheLoginAboveTheLimit() {
        String staff = "bulk-" + suffix();
        String id = ProvisionedLogins.provision(keycloak, staff, "Bulk-" + suffix() + "-pw1");
        try {
            String prefix = "T-B" + suffix() + "-";
            for (int i = 1; i <= 52; i++) {
                records.enrol(prefix + i, "客户" + i, "11010119900101" + String.format("%04d", i), "+86139" + String.format("%08d", i), "test");
            }
            StaffAccess browsing = new StaffAccess(staff, "checking addresses", null);
            for (int i = 1; i <= 24; i++) {
                assertThat(records.view(prefix + i, browsing)).isInstanceOf(RecordRead.Shown.class);
            }
            assertThat(alerts(staff)).as("24 records: below the threshold").isEmpty();
            // Reads under a case of the customer do not count; the same record twice counts once.
            assertThat(records.view(prefix + 50, new StaffAccess(staff, null, "CMP-20261124-X"))).isInstanceOf(RecordRead.Shown.class);
            assertThat(records.view(prefix + 1, browsing)).isInstanceOf(RecordRead.Shown.class);
            assertThat(alerts(staff)).isEmpty();

            for (int i = 25; i <= 30; i++) {
                assertThat(records.view(prefix + i, browsing)).isInstanceOf(RecordRead.Shown.class);
            }
            assertThat(alerts(staff)).as("one alert, raised at the 25th record").singleElement()
                    .satisfies(a -> {
                        assertThat(a.kind()).isEqualTo("ALERT");
                        assertThat(a.records()).isEqualTo(25);
                        assertThat(a.source()).isEqualTo("CN-13");
                    });
            assertThat(ProvisionedLogins.enabled(keycloak, id)).isTrue();

            for (int i = 31; i <= 50; i++) {
                assertThat(records.view(prefix + i, browsing)).as("record " + i).isInstanceOf(RecordRead.Shown.class);
            }
            RecordRead over = records.view(prefix + 51, browsing);
            assertThat(over).as("the 51st record is above the limit of 50").isInstanceOf(RecordRead.Suspended.class);
            assertThat(ProvisionedLogins.enabled(keycloak, id)).as("Keycloak disabled the login").isFalse();
            assertThat(Sql.count("SELECT COUNT(*) FROM identity_login_block WHERE username = ? AND ordered_by = 'system:access-watch'", staff))
                    .isEqualTo(1);
            assertThat(records.view(prefix + 52, browsing)).isInstanceOf(RecordRead.Suspended.class);
            assertThat(alerts(staff)).extracting(CustomerRecords.AccessAlertView::kind).containsExactlyInAnyOrder("SUSPENDED", "ALERT");
            assertThat(alerts(staff)).filteredOn(a -> a.kind().equals("SUSPENDED")).singleElement()
                    .satisfies(a -> assertThat(a.outcome()).startsWith("login blocked"));
        } finally {
            ProvisionedLogins.delete(keycloak, id);
        }
    }

    List<CustomerRecords.AccessAlertView> alerts(String staff) {
        return records.alerts(500).stream().filter(a -> a.staff().equals(staff)).toList();
    }
}

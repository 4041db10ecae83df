package bank.bonafide.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.dialect.DatabaseVersion;
import org.junit.jupiter.api.Test;

class MariaDbAwareDialectResolverTest {

    @Test
    void seesTheRealMariaDbVersionBehindConnectorJsFakeMySqlVersion() {
        DatabaseVersion version = MariaDbAwareDialectResolver.mariaDbVersion("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1");
        assertThat(version).isNotNull();
        assertThat(version.getDatabaseMajorVersion()).isEqualTo(10);
        assertThat(version.getDatabaseMinorVersion()).isEqualTo(11);
        assertThat(version.getDatabaseMicroVersion()).isEqualTo(19);
    }

    @Test
    void mariaDbDriverReportingItselfIsAlsoRecognised() {
        assertThat(MariaDbAwareDialectResolver.mariaDbVersion("MariaDB", "11.4.2-MariaDB").getDatabaseMajorVersion())
                .isEqualTo(11);
    }

    @Test
    void leavesMySqlAndOtherDatabasesToHibernate() {
        assertThat(MariaDbAwareDialectResolver.mariaDbVersion("MySQL", "8.0.36")).isNull();
        assertThat(MariaDbAwareDialectResolver.mariaDbVersion("H2", "2.2.224 (2023-09-17)")).isNull();
        assertThat(MariaDbAwareDialectResolver.mariaDbVersion(null, null)).isNull();
    }
}

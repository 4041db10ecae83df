package bank.bonafide.platform.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chain over a real SQL database: what sealing writes, and every kind of tampering the verifier must name. */
class AuditSealsTest {

    private static final SealedTable LEDGER = SealedTable.of("ledger", "id", "account", "debit", "posted_at");
    private final Optional<SealKey> key = Optional.of(SealKey.parse(Base64.getEncoder().encodeToString(new byte[32])));
    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1";
    private final DataSource db = new Direct(url);

    @BeforeEach
    void tables() throws SQLException {
        sql("CREATE TABLE platform_seal_head (table_name VARCHAR(64) PRIMARY KEY, last_position BIGINT NOT NULL, "
                + "last_seal CHAR(64) NOT NULL, head_seal CHAR(64) NOT NULL)");
        sql("CREATE TABLE ledger (id BIGINT AUTO_INCREMENT PRIMARY KEY, account VARCHAR(32) NOT NULL, debit DECIMAL(19,2) NOT NULL, "
                + "posted_at TIMESTAMP(6) NOT NULL, seal_position BIGINT NULL, previous_seal CHAR(64) NULL, seal CHAR(64) NULL)");
        sql("CREATE UNIQUE INDEX ux_ledger_seal ON ledger (seal_position)");
        for (int i = 1; i <= 1_200; i++) {
            sql("INSERT INTO ledger (account, debit, posted_at) VALUES ('RISK-FUND', " + i + ".00, TIMESTAMP '2026-12-07 10:00:00.123456')");
        }
    }

    @Test
    void everyRowIsSealedInOneChainAndVerifies() throws SQLException {
        AuditSeals.sealPending(db, key, LEDGER);

        SealCheck check = AuditSeals.verify(db, key, LEDGER);
        assertThat(check.intact()).as(String.valueOf(check.problem())).isTrue();
        assertThat(check.sealedRows()).isEqualTo(1_200);
        assertThat(check.pendingRows()).isZero();

        sql("INSERT INTO ledger (account, debit, posted_at) VALUES ('RISK-FUND', 5.00, CURRENT_TIMESTAMP)");
        assertThat(AuditSeals.verify(db, key, LEDGER).pendingRows()).as("written, not sealed yet: pending, not broken").isEqualTo(1);
        assertThat(AuditSeals.verify(db, key, LEDGER).intact()).isTrue();
        AuditSeals.sealPending(db, key, LEDGER);
        assertThat(AuditSeals.verify(db, key, LEDGER).sealedRows()).isEqualTo(1_201);
    }

    @Test
    void aChangedAmountIsNamedByItsPositionAndRecord() throws SQLException {
        AuditSeals.sealPending(db, key, LEDGER);
        sql("UPDATE ledger SET debit = 9999.00 WHERE id = 700");

        SealCheck check = AuditSeals.verify(db, key, LEDGER);
        assertThat(check.intact()).isFalse();
        assertThat(check.brokenRecord()).isEqualTo("700");
        assertThat(check.brokenPosition()).isEqualTo(700);
        assertThat(check.problem()).contains("content does not match");
    }

    @Test
    void aDeletedRowLeavesAGapThatIsNamed() throws SQLException {
        AuditSeals.sealPending(db, key, LEDGER);
        sql("DELETE FROM ledger WHERE id = 42");

        SealCheck check = AuditSeals.verify(db, key, LEDGER);
        assertThat(check.intact()).isFalse();
        assertThat(check.brokenPosition()).isEqualTo(42);
        assertThat(check.problem()).contains("missing");
    }

    @Test
    void aRowWhoseSealIsRemovedIsResealedAtTheEndButItsOldPlaceIsAGap() throws SQLException {
        AuditSeals.sealPending(db, key, LEDGER);
        sql("UPDATE ledger SET debit = 1.00, seal_position = NULL, seal = NULL, previous_seal = NULL WHERE id = 10");
        AuditSeals.sealPending(db, key, LEDGER);

        assertThat(AuditSeals.verify(db, key, LEDGER).brokenPosition()).isEqualTo(10);
    }

    @Test
    void cuttingTheEndOffIsFoundEvenWhenTheHeadIsMovedBack() throws SQLException {
        AuditSeals.sealPending(db, key, LEDGER);
        sql("DELETE FROM ledger WHERE id = 1200");
        assertThat(AuditSeals.verify(db, key, LEDGER).problem()).contains("records removed from the end");

        sql("UPDATE platform_seal_head SET last_position = 1199, last_seal = (SELECT seal FROM ledger WHERE seal_position = 1199)");
        assertThat(AuditSeals.verify(db, key, LEDGER).problem()).contains("head was changed");
    }

    @Test
    void aSealComputedWithAnotherKeyDoesNotFit() throws SQLException {
        byte[] other = new byte[32];
        java.util.Arrays.fill(other, (byte) 7);
        AuditSeals.sealPending(db, Optional.of(SealKey.parse(Base64.getEncoder().encodeToString(other))), LEDGER);

        assertThat(AuditSeals.verify(db, key, LEDGER).brokenPosition()).as("resealed by someone without the bank's key").isEqualTo(1);
    }

    @Test
    void withoutAKeyNothingIsSealedAndNothingClaimsToBeVerified() throws SQLException {
        AuditSeals.sealPending(db, Optional.empty(), LEDGER);

        SealCheck check = AuditSeals.verify(db, Optional.empty(), LEDGER);
        assertThat(check.intact()).isFalse();
        assertThat(check.pendingRows()).isEqualTo(1_200);
        assertThat(check.problem()).contains("no seal key");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** A DataSource over DriverManager: enough for a test. */
    private record Direct(String url) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}

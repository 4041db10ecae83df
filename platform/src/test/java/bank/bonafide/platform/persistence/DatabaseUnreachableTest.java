package bank.bonafide.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseUnreachableTest {

    @Test
    void theDriversRefusedConnectionCountsAlsoWhenWrappedTwice() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Throwable refused = catchThrowable(() -> DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + closedPort + "/bonafide?connectTimeout=2000", "root", ""));

        assertThat(refused).isInstanceOf(SQLException.class);
        assertThat(DatabaseUnreachable.isCause(refused)).isTrue();
        assertThat(DatabaseUnreachable.isCause(new IllegalStateException("transaction failed",
                new RuntimeException("could not open connection", refused)))).isTrue();
    }

    @Test
    void aConnectionLostAtCommitCounts() {
        // What Payara throws when the database goes away between a request's last statement and its commit.
        Exception atCommit = new IllegalStateException("commit failed",
                new XAException("jakarta.resource.spi.LocalTransactionException: Communications link failure"));

        assertThat(DatabaseUnreachable.isCause(atCommit)).isTrue();
    }

    @Test
    void faultsOfTheRequestOrTheCodeDoNotCount() {
        assertThat(DatabaseUnreachable.isCause(new SQLSyntaxErrorException("You have an error in your SQL syntax", "42000"))).isFalse();
        assertThat(DatabaseUnreachable.isCause(new SQLException("Duplicate entry", "23000"))).isFalse();
        assertThat(DatabaseUnreachable.isCause(new IllegalArgumentException("no such complaint"))).isFalse();
        assertThat(DatabaseUnreachable.isCause(null)).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseUnreachable.isCause(second)).isFalse();
    }
}

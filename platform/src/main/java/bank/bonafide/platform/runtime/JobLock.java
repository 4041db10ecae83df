package bank.bonafide.platform.runtime;

import bank.bonafide.platform.persistence.ApplicationDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One run of a periodic job at a time across every server on the database. EJB timers fire on each server, and two
 * runs of one sweep at once each read the same due items: the later commit then fails on the entities' versions and
 * the run is lost with a conflict, or, where nothing is versioned, the work is done twice.
 *
 * <p>Invariant: while a transaction holds a job's lock, no other transaction runs that job. The lock is the job's row in
 * {@code platform_job_lock} (inserted by its module's migration), taken {@code FOR UPDATE SKIP LOCKED} on the caller's
 * transaction, so it ends with that transaction, also when the server holding it dies.
 */
public final class JobLock {

    private JobLock() {
    }

    /**
     * Takes the job's lock for the caller's (JTA) transaction.
     *
     * @return false when another server is running the job now: skip this run, the next tick comes soon enough
     */
    public static boolean tryHold(String job) {
        try (Connection c = ApplicationDataSource.lookup().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT job FROM platform_job_lock WHERE job = ? FOR UPDATE SKIP LOCKED")) {
            q.setString(1, job);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return true;
                }
            }
            try (PreparedStatement exists = c.prepareStatement("SELECT COUNT(*) FROM platform_job_lock WHERE job = ?")) {
                exists.setString(1, job);
                try (ResultSet rs = exists.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        throw new IllegalStateException("job " + job + " has no row in platform_job_lock: its module's migration is missing");
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the lock of job " + job, e);
        }
    }
}

package bank.bonafide.platform.outbox;

import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.IntegrationEvent;
import bank.bonafide.platform.persistence.ApplicationDataSource;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Delivers one context's committed events to every observer, one observer per transaction; the last observer's
 * transaction also marks the event delivered, so an event is done exactly when its last effect committed.
 *
 * <p>Called from a bean-managed-transaction EJB timer of the publishing module (so that it may use
 * {@link UserTransaction}) with that module's {@link BeanManager}, which resolves observers in all EJB
 * modules of the EAR. One sweep runs at a time per server; several servers on one database each claim their
 * batch for {@link #LEASE} ({@code FOR UPDATE SKIP LOCKED}), so they deliver different events. Should a lease run out
 * mid-batch and two servers deliver one event, the delivery row's primary key lets only one effect commit.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 100;
    /** How long one timer tick may keep delivering a backlog; the next tick goes on from there. */
    private static final Duration TICK_BUDGET = Duration.ofSeconds(10);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /**
     * How long a claimed batch stays another server's: well above a batch's delivery time (about a second), short
     * enough that the events of a server killed mid-batch wait no more than this for the others (or its restart).
     */
    static final Duration LEASE = Duration.ofSeconds(30);

    private final BoundedContext publisher;
    private final BeanManager beanManager;

    /** Who claims: this server, as {@code claimed_by} records it. */
    private final String claimant;

    public OutboxRelay(BoundedContext publisher, BeanManager beanManager, String claimant) {
        this.publisher = publisher;
        this.beanManager = beanManager;
        this.claimant = claimant;
    }

    private final java.util.concurrent.atomic.AtomicBoolean sweeping = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * A timer tick: unless the previous tick is still at it, delivers batch after batch while batches come full, for
     * at most {@link #TICK_BUDGET}, so that a backlog (after an outage, a restart, a burst of filings) drains at the
     * speed of delivery and not at one batch per tick. A database outage is logged once per tick and the events stay
     * where they are for the next one.
     */
    public void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            long until = System.nanoTime() + TICK_BUDGET.toNanos();
            while (deliver(claim(Instant.now())) == BATCH && System.nanoTime() < until) {
                // a full batch: there may be more waiting
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "{0} outbox sweep failed: {1}", new Object[] {publisher.key(), e.getClass().getName()});
        } finally {
            sweeping.set(false);
        }
    }

    /** Delivers {@code due}; returns how many events it was given (completed or not). */
    private int deliver(List<PendingEvent> due) {
        Map<String, Set<String>> done = deliveredSubscribers(due);
        for (PendingEvent pending : due) {
            deliver(pending, done.getOrDefault(pending.id(), Set.of()));
        }
        return due.size();
    }

    private boolean deliver(PendingEvent pending, Set<String> done) {
        IntegrationEvent event;
        try {
            event = EventCodec.decode(pending.type(), pending.payload());
        } catch (RuntimeException e) {
            recordFailure(pending, "undecodable: " + e.getClass().getName());
            return false;
        }
        List<ObserverMethod<? super IntegrationEvent>> waiting = new ArrayList<>();
        for (ObserverMethod<? super IntegrationEvent> observer : beanManager.resolveObserverMethods(event)) {
            String subscriber = subscriberName(observer);
            if (done.contains(subscriber)) {
                continue;
            }
            if (observer.isAsync() || observer.getTransactionPhase() != TransactionPhase.IN_PROGRESS) {
                // Such an observer would run outside the delivery transaction and could be lost.
                LOG.warning(() -> "skipping " + subscriber + ": integration events need a synchronous, "
                        + "in-progress observer");
                continue;
            }
            waiting.add(observer);
        }
        if (waiting.isEmpty()) {
            markDelivered(pending.id());
            return true;
        }
        for (int i = 0; i < waiting.size(); i++) {
            ObserverMethod<? super IntegrationEvent> observer = waiting.get(i);
            String subscriber = subscriberName(observer);
            try {
                // The last observer's transaction also marks the event delivered: one commit less per event.
                notifyInOwnTransaction(observer, event, pending.id(), subscriber, i == waiting.size() - 1);
            } catch (Exception e) {
                // The message may quote data of the event; keep it out of the log (CN-11), store the type.
                LOG.log(Level.WARNING, "delivery of event {0} ({1}) to {2} failed: {3}; will retry",
                        new Object[] {pending.id(), pending.type(), subscriber, rootCause(e).getClass().getName()});
                recordFailure(pending, subscriber + ": " + rootCause(e).getClass().getName() + ": "
                        + rootCause(e).getMessage());
                return false;
            }
        }
        return true;
    }

    private void notifyInOwnTransaction(ObserverMethod<? super IntegrationEvent> observer, IntegrationEvent event,
                                        String eventId, String subscriber, boolean completesEvent) throws Exception {
        UserTransaction tx = userTransaction();
        tx.begin();
        try {
            observer.notify(event);
            try (Connection c = dataSource().getConnection();
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO platform_outbox_delivery (event_id, subscriber, delivered_at) VALUES (?, ?, ?)")) {
                insert.setString(1, eventId);
                insert.setString(2, subscriber);
                insert.setObject(3, Timestamps.utc(Instant.now()));
                insert.executeUpdate();
            }
            if (completesEvent) {
                markDelivered(eventId);
            }
            if (tx.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                throw new IllegalStateException("observer marked the transaction for rollback");
            }
            tx.commit();
        } catch (Exception e) {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
            throw e;
        }
    }

    /** Stable name of an observer across restarts: its bean class and the type it observes. */
    static String subscriberName(ObserverMethod<?> observer) {
        return observer.getBeanClass().getName() + "#" + observer.getObservedType().getTypeName();
    }

    /**
     * Claims the next due batch for this server: the rows no other server holds a live lease on, skipping those
     * another server is claiming at this moment, in one short transaction of its own.
     */
    private List<PendingEvent> claim(Instant now) {
        String select = "SELECT id, event_type, payload, attempts FROM platform_outbox_event "
                + "WHERE publisher = ? AND delivered_at IS NULL AND next_attempt_at <= ? "
                + "AND (claimed_until IS NULL OR claimed_until < ?) "
                + "ORDER BY recorded_at, id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED";
        List<PendingEvent> due = new ArrayList<>();
        UserTransaction tx = userTransaction();
        try {
            tx.begin();
            try (Connection c = dataSource().getConnection()) {
                try (PreparedStatement q = c.prepareStatement(select)) {
                    q.setString(1, publisher.key());
                    q.setObject(2, Timestamps.utc(now));
                    q.setObject(3, Timestamps.utc(now));
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            due.add(new PendingEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                        }
                    }
                }
                if (!due.isEmpty()) {
                    String marks = String.join(", ", java.util.Collections.nCopies(due.size(), "?"));
                    try (PreparedStatement u = c.prepareStatement(
                            "UPDATE platform_outbox_event SET claimed_by = ?, claimed_until = ? WHERE id IN (" + marks + ")")) {
                        u.setString(1, claimant);
                        u.setObject(2, Timestamps.utc(now.plus(LEASE)));
                        for (int i = 0; i < due.size(); i++) {
                            u.setString(i + 3, due.get(i).id());
                        }
                        u.executeUpdate();
                    }
                }
            }
            tx.commit();
        } catch (Exception e) {
            rollbackQuietly(tx);
            throw new OutboxException("could not claim from the " + publisher.key() + " outbox", e);
        }
        return due;
    }

    private static void rollbackQuietly(UserTransaction tx) {
        try {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        } catch (Exception ignored) {
            // the claim's own failure is what the caller reports
        }
    }

    /** Who already has each of {@code events}, in one query for the whole batch. */
    private Map<String, Set<String>> deliveredSubscribers(List<PendingEvent> events) {
        Map<String, Set<String>> done = new HashMap<>();
        if (events.isEmpty()) {
            return done;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(events.size(), "?"));
        try (Connection c = dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT event_id, subscriber FROM platform_outbox_delivery WHERE event_id IN ("
                     + marks + ")")) {
            for (int i = 0; i < events.size(); i++) {
                q.setString(i + 1, events.get(i).id());
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    done.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new OutboxException("could not read deliveries of the " + publisher.key() + " outbox", e);
        }
        return done;
    }

    private void markDelivered(String eventId) {
        update("UPDATE platform_outbox_event SET delivered_at = ?, last_error = NULL WHERE id = ?",
                Timestamps.utc(Instant.now()), eventId);
    }

    /**
     * Backs the event off and gives its claim up. Only while the event is still this server's and undelivered: when a
     * lease ran out and another server delivered it meanwhile, this server's failure (typically the delivery row's
     * primary key) is no failure of the event.
     */
    private void recordFailure(PendingEvent pending, String error) {
        int attempts = pending.attempts() + 1;
        update("UPDATE platform_outbox_event SET attempts = ?, next_attempt_at = ?, last_error = ?, claimed_until = NULL "
                        + "WHERE id = ? AND claimed_by = ? AND delivered_at IS NULL",
                attempts, Timestamps.utc(Instant.now().plus(backoff(attempts))), truncate(error), pending.id(), claimant);
    }

    /** 1 s, 2 s, 4 s, ... capped at five minutes. */
    static Duration backoff(int attempts) {
        int exponent = Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                u.setObject(i + 1, params[i]);
            }
            u.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("could not update the outbox", e);
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static DataSource dataSource() {
        return ApplicationDataSource.lookup();
    }

    private static UserTransaction userTransaction() {
        try {
            return InitialContext.doLookup("java:comp/UserTransaction");
        } catch (NamingException e) {
            throw new IllegalStateException("the relay must run in a bean-managed-transaction component", e);
        }
    }

    private record PendingEvent(String id, String type, String payload, int attempts) {
    }
}

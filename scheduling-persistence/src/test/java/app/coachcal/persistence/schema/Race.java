package app.coachcal.persistence.schema;

import app.coachcal.persistence.testsupport.FreshDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Two transactions on two real connections at one isolation level: the first does its work and stays open, the
 * second starts its work (and must wait for a lock the first holds), then the first commits and the second tries
 * to commit. Answers how the second ended.
 * <pre>{@code
 * Optional<SQLException> second = new Race(database, level).run(
 *         first -> first.call(pair, monday), other -> other.call(pair, tuesday));
 * }</pre>
 */
final class Race {

    /** Database work for one of the two transactions. */
    @FunctionalInterface
    interface Work {
        void run(Given given) throws SQLException;
    }

    private final FreshDatabase database;
    private final int isolation;

    Race(FreshDatabase database, int isolation) {
        this.database = database;
        this.isolation = isolation;
    }

    /** Empty when the second transaction committed; otherwise the error that ended it. */
    Optional<SQLException> run(Work first, Work second) throws Exception {
        try (Connection one = open()) {
            first.run(new Given(one));
            CompletableFuture<Optional<SQLException>> other = CompletableFuture.supplyAsync(() -> attempt(second));
            waitUntilSomeoneWaitsForALock(database);
            one.commit();
            return other.get(20, TimeUnit.SECONDS);
        }
    }

    private Optional<SQLException> attempt(Work work) {
        try (Connection two = open()) {
            try {
                work.run(new Given(two));
                two.commit();
                return Optional.empty();
            } catch (SQLException refused) {
                two.rollback();
                return Optional.of(refused);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection open() throws SQLException {
        Connection connection = database.connection();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(isolation);
        return connection;
    }

    /** Returns once a transaction of {@code database} waits for a lock (the second of a race is blocked). */
    static void waitUntilSomeoneWaitsForALock(FreshDatabase database) throws Exception {
        try (Connection watcher = database.connection()) {
            Given watch = new Given(watcher);
            for (int i = 0; i < 200; i++) {
                long waiting = watch.value(Long.class, "SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND wait_event_type = 'Lock'");
                if (waiting > 0) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the second transaction never waited for the first");
    }
}

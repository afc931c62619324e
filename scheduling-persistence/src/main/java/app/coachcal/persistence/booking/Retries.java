package app.coachcal.persistence.booking;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a use case again, in a new transaction, when it lost a race to a
 * deadlock; the next attempt then sees the winner's committed call and gets the
 * ordinary answer (usually 409 slot-taken). Call it from outside the
 * transaction, on the CDI proxy of the service.
 *
 * <pre>{@code
 * AppointmentView call = Retries.onTransientConflict(() -> booking.book(client, start, null));
 * }</pre>
 */
public final class Retries {

    static final int ATTEMPTS = 4;

    private Retries() {
    }

    public static <T> T onTransientConflict(Supplier<T> useCase) {
        for (int attempt = 1; ; attempt++) {
            try {
                return useCase.get();
            } catch (TransientConflict conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientConflict();
        }
    }
}

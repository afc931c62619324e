package app.coachcal.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClosedLoopTest {

    private static final Duration SHORT = Duration.ofMillis(200);

    @Test
    void answers_as_expected_count_as_ok_and_do_not_fail_the_run() throws Exception {
        Measurement m = ClosedLoop.run("booking", 2, Duration.ZERO, SHORT, 201, worker -> pause(201));
        assertThat(m.requests()).isPositive().isEqualTo(m.ok());
        assertThat(m.failed()).isFalse();
        assertThat(m.p50()).isGreaterThan(0);
    }

    @Test
    void a_single_answer_other_than_expected_fails_the_run_even_in_the_warm_up() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        Measurement m = ClosedLoop.run("booking", 1, SHORT, SHORT, 201,
                worker -> pause(sent.getAndIncrement() == 0 ? 409 : 201));
        assertThat(m.ok()).isEqualTo(m.requests());
        assertThat(m.failed()).isTrue();
        assertThat(m.problems()).containsExactly("answered 409 instead of 201");
    }

    @Test
    void a_worker_with_nothing_left_to_send_stops_early() throws Exception {
        Measurement m = ClosedLoop.run("booking", 4, Duration.ZERO, Duration.ofSeconds(30), 201,
                worker -> ClosedLoop.NO_MORE);
        assertThat(m.requests()).isZero();
        assertThat(m.failed()).isTrue();
    }

    private static int pause(int status) throws InterruptedException {
        Thread.sleep(2);
        return status;
    }
}

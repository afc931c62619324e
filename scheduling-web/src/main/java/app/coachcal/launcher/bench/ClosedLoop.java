package app.coachcal.launcher.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load: a fixed pool of {@code concurrency} threads, each sending its next request as soon as the
 * last one is answered, first for the warm-up (not counted), then for the measured phase. Latency goes into one
 * HdrHistogram per thread (microseconds), merged at the end. Any unexpected answer, warm-up included, is kept
 * as a problem, which fails the benchmark.
 *
 * <pre>{@code Measurement m = ClosedLoop.run("booking", 16, warmUp, duration, 201, worker -> http.book(...));}</pre>
 */
final class ClosedLoop {

    /** One request of one worker thread: its HTTP status, or {@link #NO_MORE} when there is nothing left to send. */
    interface Exchange {
        int send(int worker) throws Exception;
    }

    static final int NO_MORE = -1;
    private static final int PROBLEMS_KEPT = 3;

    private ClosedLoop() {
    }

    static Measurement run(String scenario, int concurrency, Duration warmUp, Duration duration, int expected,
                           Exchange exchange) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long until = measureFrom + duration.toNanos();
        AtomicLong ok = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong(measureFrom);
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<Histogram>> workers = new ArrayList<>();
        for (int worker = 0; worker < concurrency; worker++) {
            int id = worker;
            workers.add(pool.submit(() -> {
                Histogram micros = new Histogram(3);
                long now = System.nanoTime();
                while (now < until) {
                    int status;
                    try {
                        status = exchange.send(id);
                    } catch (Exception e) {
                        status = 0;
                        note(problems, e.toString());
                    }
                    long sent = now;
                    now = System.nanoTime();
                    if (status == NO_MORE) {
                        break;
                    }
                    if (status != expected && status != 0) {
                        note(problems, "answered " + status + " instead of " + expected);
                    }
                    if (sent >= measureFrom) {
                        micros.recordValue(Math.max(1, (now - sent) / 1000));
                        lastAnswer.accumulateAndGet(now, Math::max);
                        if (status == expected) {
                            ok.incrementAndGet();
                        }
                    }
                }
                return micros;
            }));
        }
        pool.shutdown();
        pool.awaitTermination(duration.plus(warmUp).toSeconds() + 120, TimeUnit.SECONDS);
        Histogram all = new Histogram(3);
        for (Future<Histogram> worker : workers) {
            try {
                all.add(worker.get());
            } catch (java.util.concurrent.ExecutionException e) {
                note(problems, e.getCause().toString());
            }
        }
        double seconds = (lastAnswer.get() - measureFrom) / 1e9;
        return Measurement.of(scenario, concurrency, ok.get(), seconds, all, problems);
    }

    private static void note(List<String> problems, String problem) {
        synchronized (problems) {
            if (problems.size() < PROBLEMS_KEPT) {
                problems.add(problem);
            }
        }
    }
}

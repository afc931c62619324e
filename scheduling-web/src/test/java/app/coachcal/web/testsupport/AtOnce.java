package app.coachcal.web.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Sends requests at the same moment: one thread and one connection each, all
 * held at a start gate until every thread is ready, then let go together.
 *
 * <pre>{@code
 * List<HttpResponse<String>> answers = AtOnce.send(List.of(a.api().request("POST", path, body), ...));
 * assertThat(AtOnce.outcomes(answers)).isEqualTo(Map.of("201", 1L, "409 slot-taken", 1L));
 * }</pre>
 */
public final class AtOnce {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private AtOnce() {
    }

    /**
     * How many answers had each outcome: the status, followed by the problem type's slug for a problem,
     * e.g. {@code {"201"=1, "409 slot-taken"=39}}.
     */
    public static Map<String, Long> outcomes(List<HttpResponse<String>> answers) {
        return answers.stream().collect(Collectors.groupingBy(AtOnce::outcome, TreeMap::new, Collectors.counting()));
    }

    private static String outcome(HttpResponse<String> answer) {
        boolean problem = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        return problem ? answer.statusCode() + " " + Json.parse(answer.body()).text("type").replace(Problems.TYPE_BASE, "")
                : Integer.toString(answer.statusCode());
    }

    /** The answers, in the order of the requests. */
    public static List<HttpResponse<String>> send(List<HttpRequest.Builder> requests) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (HttpRequest.Builder request : requests) {
                HttpRequest built = request.timeout(PATIENCE).build();
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return http.send(built, HttpResponse.BodyHandlers.ofString());
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the threads did not all start");
            }
            go.countDown();
            List<HttpResponse<String>> results = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                results.add(answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer within " + PATIENCE, e);
        } finally {
            threads.shutdownNow();
        }
    }
}

package app.coachcal.web.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a refused request looks like to its caller: the status, an
 * {@code application/problem+json} body whose {@code type} names the reason,
 * a title and a detail in words, and the request field at fault when there is one.
 *
 * <pre>{@code
 * Problems.assertProblem(response, 422, "too-soon", "start");
 * Problems.assertRefusedWithNothingWritten(() -> client.api().book(start), 409, "slot-taken", "start");
 * }</pre>
 */
public final class Problems {

    public static final String TYPE_BASE = "https://coachcal.app/problems/";

    private Problems() {
    }

    /** Checks everything but {@code field}; returns the body. */
    public static Json assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as("Content-Type")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        Json problem = Json.parse(response.body());
        assertThat(problem.text("type")).isEqualTo(TYPE_BASE + slug);
        assertThat(problem.number("status")).isEqualTo(status);
        assertThat(problem.text("title")).isNotBlank();
        assertThat(problem.text("detail")).isNotBlank();
        return problem;
    }

    public static Json assertProblem(HttpResponse<String> response, int status, String slug, String field) {
        Json problem = assertProblem(response, status, slug);
        assertThat(problem.has("field")).as("has a field in %s", response.body()).isTrue();
        assertThat(problem.text("field")).isEqualTo(field);
        return problem;
    }

    /**
     * The problem's members but {@code instance}, which names each request: two answers that must not tell
     * cases apart are equal apart from it.
     */
    public static Map<?, ?> withoutInstance(HttpResponse<String> response) {
        Map<?, ?> members = new LinkedHashMap<>((Map<?, ?>) Json.parse(response.body()).value());
        members.remove("instance");
        return members;
    }

    /** Sends the request, checks the problem, and checks that no call, history entry or stored answer was written. */
    public static Json assertRefusedWithNothingWritten(Supplier<HttpResponse<String>> request, int status, String slug,
                                                       String field) {
        Rows.Counts before = Rows.counts();
        Json problem = assertProblem(request.get(), status, slug, field);
        assertThat(Rows.counts()).as("rows after a refused request").isEqualTo(before);
        return problem;
    }

    /** As above, without checking {@code field}. */
    public static Json assertRefusedWithNothingWritten(Supplier<HttpResponse<String>> request, int status, String slug) {
        Rows.Counts before = Rows.counts();
        Json problem = assertProblem(request.get(), status, slug);
        assertThat(Rows.counts()).as("rows after a refused request").isEqualTo(before);
        return problem;
    }
}

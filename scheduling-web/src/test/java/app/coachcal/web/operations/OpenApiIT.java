package app.coachcal.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.domain.booking.Refusal;
import app.coachcal.web.api.AppointmentsResource;
import app.coachcal.web.testsupport.Http;
import app.coachcal.web.testsupport.Json;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi} against the code: every resource method of the API (found by reflection) is an operation
 * with its answers, and every problem type the code can answer (the domain's refusals and every
 * {@code Problem.of(status, "slug", ...)} in the web sources) is listed, under an answer of its status.
 */
class OpenApiIT {

    private static final String API_PACKAGE = "app/coachcal/web/api";
    private static final String TYPE_BASE = "https://coachcal.app/problems/";
    private static final Pattern PROBLEM_IN_SOURCE = Pattern.compile("of\\((\\d{3}), \"([a-z-]+)\"");

    private static Json document;

    /** A problem the code can answer. */
    record ProblemType(int status, String slug) {
    }

    /** A resource method: its HTTP method and full path. */
    record Endpoint(String method, String path) {
    }

    @BeforeAll
    static void fetchTheDocument() {
        HttpResponse<String> answer = Http.send(HttpRequest.newBuilder(Http.uri("/openapi"))
                .header("Accept", "application/json").GET());
        assertThat(answer.statusCode()).isEqualTo(200);
        document = Json.parse(answer.body());
    }

    @Test
    void every_resource_method_is_documented_with_its_success_and_the_common_answers() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSize(10);
        for (Endpoint endpoint : endpoints) {
            Json operation = document.get("paths").get(endpoint.path()).get(endpoint.method());
            Set<String> statuses = members(operation.get("responses")).keySet();
            assertThat(statuses).as(endpoint.toString()).anyMatch(status -> status.startsWith("2"))
                    .contains("401", "403", "406", "500", "503");
            assertThat(operation.text("summary")).as(endpoint.toString()).isNotBlank();
        }
        assertThat(members(document.get("paths")).keySet())
                .containsExactlyInAnyOrderElementsOf(endpoints.stream().map(Endpoint::path).distinct().toList());
    }

    @Test
    void the_query_parameters_and_the_idempotency_key_are_documented() {
        assertThat(parameters("/api/v1/availability", "get")).containsExactlyInAnyOrder("query from", "query weeks");
        assertThat(parameters("/api/v1/appointments", "get")).containsExactly("query from");
        assertThat(parameters("/api/v1/appointments", "post")).containsExactly("header Idempotency-Key");
    }

    @Test
    void every_request_takes_a_bearer_token_and_only_making_a_token_takes_the_password() {
        Json schemes = document.get("components").get("securitySchemes");
        assertThat(schemes.text("bearer.scheme")).isEqualTo("bearer");
        assertThat(schemes.text("basic.scheme")).isEqualTo("basic");
        assertThat(members(document.items("security").get(0))).containsOnlyKeys("bearer");
        assertThat(document.get("paths").get("/api/v1/tokens").get("post").items("security"))
                .extracting(requirement -> members(requirement).keySet()).containsExactly(Set.of("basic"));
    }

    private static List<String> parameters(String path, String method) {
        return document.get("paths").get(path).get(method).items("parameters").stream()
                .map(parameter -> parameter.text("in") + " " + parameter.text("name")).toList();
    }

    @Test
    void every_problem_type_of_the_code_is_listed_and_nothing_else() throws IOException {
        Set<ProblemType> types = problemTypes();
        List<Json> listed = document.get("components").get("schemas").get("Problem").get("properties").get("type")
                .items("enum");

        assertThat(listed.stream().map(Json::text).toList()).containsExactlyInAnyOrderElementsOf(
                types.stream().map(type -> TYPE_BASE + type.slug()).distinct().toList());
    }

    @Test
    void every_problem_type_is_described_under_an_answer_of_its_status() throws IOException {
        Map<String, Object> answers = members(document.get("components").get("responses"));
        for (ProblemType type : problemTypes()) {
            Set<String> referencedWithItsStatus = referencedAnswers(String.valueOf(type.status()));
            assertThat(answers.keySet().stream()
                    .filter(name -> type.status() == 405 || referencedWithItsStatus.contains(name))
                    .map(name -> document.get("components").get("responses").get(name).text("description")))
                    .as(type.toString()).anyMatch(description -> description.contains(type.slug()));
        }
    }

    /** Names of the shared answers that some operation gives for this status. */
    private static Set<String> referencedAnswers(String status) {
        Set<String> names = new HashSet<>();
        for (Object path : members(document.get("paths")).values()) {
            for (Object operation : ((Map<?, ?>) path).values()) {
                Object responses = ((Map<?, ?>) operation).get("responses");
                Object answer = ((Map<?, ?>) responses).get(status);
                if (answer instanceof Map<?, ?> map && map.get("$ref") instanceof String ref) {
                    names.add(ref.substring(ref.lastIndexOf('/') + 1));
                }
            }
        }
        return names;
    }

    private static List<Endpoint> endpoints() throws URISyntaxException, IOException, ClassNotFoundException {
        List<Endpoint> endpoints = new ArrayList<>();
        // The application's classes (target/classes), not the tests' own package of the same name.
        java.nio.file.Path classes = java.nio.file.Path.of(AppointmentsResource.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI()).resolve(API_PACKAGE);
        try (Stream<java.nio.file.Path> files = Files.list(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = API_PACKAGE.replace('/', '.') + "." + file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(name, false, OpenApiIT.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root != null) {
                    for (Method method : type.getDeclaredMethods()) {
                        httpMethod(method).ifPresent(http -> endpoints.add(new Endpoint(http,
                                "/api/v1/" + root.value() + (method.isAnnotationPresent(Path.class)
                                        ? "/" + method.getAnnotation(Path.class).value() : ""))));
                    }
                }
            }
        }
        return endpoints;
    }

    private static java.util.Optional<String> httpMethod(Method method) {
        return Stream.of(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull).map(http -> http.value().toLowerCase()).findFirst();
    }

    /** The domain's refusals and every problem the web layer writes (its sources, read as a guard test does). */
    static Set<ProblemType> problemTypes() throws IOException {
        Set<ProblemType> types = new HashSet<>();
        for (Refusal refusal : Refusal.values()) {
            types.add(new ProblemType(refusal.httpStatus(), refusal.slug()));
        }
        try (Stream<java.nio.file.Path> sources = Files.walk(java.nio.file.Path.of("src", "main", "java"))) {
            for (java.nio.file.Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher problem = PROBLEM_IN_SOURCE.matcher(Files.readString(source));
                while (problem.find()) {
                    types.add(new ProblemType(Integer.parseInt(problem.group(1)), problem.group(2)));
                }
            }
        }
        return types;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> members(Json object) {
        return (Map<String, Object>) object.value();
    }
}

package app.coachcal.web.api;

import static app.coachcal.web.testsupport.Problems.assertProblem;
import static app.coachcal.web.testsupport.Problems.assertRefusedWithNothingWritten;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Garbage;
import app.coachcal.web.testsupport.Http;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Malformed and hostile requests get a 4xx problem+json naming what is wrong,
 * never a 500, and write nothing. The client's coach has no office hours, so
 * even garbage that happens to be a valid time can never book a call.
 */
class FuzzApiIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String SQL_INJECTION = "' OR 1=1 --";

    private final People.Client client = People.coach("Europe/London").create().newClient("Europe/London");
    private final String valid = Dates.start(Dates.mondayAhead(LONDON, 2), "09:00", LONDON);
    private final String nobody = Api.APPOINTMENTS + "/" + UUID.randomUUID();

    @Test
    void an_empty_or_one_byte_body_is_refused_with_400_malformed_json() {
        eachOf(List.of("", " ", "{", "1"), body -> {
            assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, body), 400, "malformed-json");
            assertRefusedWithNothingWritten(() -> client.api().patch(nobody, body), 400, "malformed-json");
        });
    }

    @Test
    void bodies_that_are_not_one_json_object_are_refused_with_400_malformed_json() {
        List<String> bodies = List.of("  ", "null", "[]", "\"x\"", "123", "true", "{\"start\":",
                "{\"start\":\"" + valid + "\"", "{\"start\":\"" + valid + "\"} {}", "{\"start\":\"" + valid + "\"}x",
                "{'start':'" + valid + "'}", "{start:\"" + valid + "\"}", "{\"start\":\"" + valid + "\",}",
                "[".repeat(1000), "{\"start\":\"" + valid + "\"}\u0000");

        eachOf(bodies, body -> {
            assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, body), 400, "malformed-json");
            assertRefusedWithNothingWritten(() -> client.api().patch(nobody, body), 400, "malformed-json");
        });
    }

    @Test
    void a_start_that_is_missing_twice_or_not_a_string_is_refused_with_400_naming_start() {
        List<String> bodies = List.of("{}", "{\"start\":null}", "{\"start\":123}", "{\"start\":[\"a\"]}",
                "{\"start\":{\"a\":1}}", "{\"start\":true}", "{\"start\":1e999999}", "{\"end\":\"" + valid + "\"}",
                "{\"start\":\"" + valid + "\",\"start\":\"" + valid + "\"}",
                "{\"start\":\"" + valid + "\",\"start\":\"2026-12-08T09:00:00Z\"}");

        eachOf(bodies, body -> assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, body),
                400, "invalid-field", "start"));
    }

    @Test
    void unknown_fields_are_refused_with_400_unknown_field() {
        String start = "\"start\":\"" + valid + "\"";
        assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, "{" + start + ",\"coach\":\"x\"}"),
                400, "unknown-field", "coach");
        assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, "{\"Start\":\"" + valid + "\"}"),
                400, "unknown-field", "Start");
        assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, "{" + start + ",\"id\":\"x\"}"),
                400, "unknown-field", "id");
        eachOf(List.of("🙂", SQL_INJECTION, "__proto__", "", "x".repeat(500), "\u0000"),
                name -> assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS,
                        "{" + start + "," + Json.quote(name) + ":1}"), 400, "unknown-field"));
    }

    @Test
    void starts_that_are_not_a_real_date_and_time_with_offset_are_refused_with_400_naming_start() {
        List<String> starts = List.of("", "tomorrow", "2026-12-07", "2026-12-07T09:00", "2026-12-07T09:00:00",
                "2026-12-07 09:00:00Z", "9999-12-07T09:00:00Z", "0001-12-07T09:00:00Z", "1999-12-31T09:00:00Z",
                "2026-12-07T09:00:00+19:00", "2026-12-07T09:00:00-18:30", "2026-12-07T09:00:00+99:99",
                "2026-02-30T09:00:00Z", "2026-13-01T09:00:00Z", "2026-12-07T25:00:00Z", "2026-12-07T09:60:00Z",
                "2026-12-07T09:00:30Z", "2026-12-07T09:00:00.5Z", "2026-12-07T09:00:00EST",
                "2026-12-07T09:00:00[Europe/London]", SQL_INJECTION, valid + "'; DROP TABLE appointment; --",
                "🙂", "２０２６-１２-０７T09:00:00Z", valid + "\u0000", " " + valid, valid + " ", "x".repeat(1000));

        eachOf(starts, start -> assertRefusedWithNothingWritten(() -> client.api().book(start),
                400, "invalid-field", "start"));
    }

    @Test
    void an_end_that_is_not_a_date_and_time_is_refused_with_400_naming_end() {
        eachOf(List.of("\"soon\"", "123", "null", "\"2026-02-30T09:00:00Z\""),
                end -> assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS,
                        "{\"start\":\"" + valid + "\",\"end\":" + end + "}"), 400, "invalid-field", "end"));
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused_with_422_wrong_length() {
        String body = "{\"start\":\"" + valid + "\",\"end\":\"" + Dates.start(Dates.mondayAhead(LONDON, 2), "08:00", LONDON)
                + "\"}";

        assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, body), 422, "wrong-length");
    }

    @Test
    void a_body_of_100_kb_is_refused_with_413() {
        String huge = Api.startBody("x".repeat(100 * 1024));

        assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, huge), 413, "body-too-large");
        assertRefusedWithNothingWritten(() -> client.api().patch(nobody, huge), 413, "body-too-large");
    }

    @Test
    void a_body_of_exactly_2048_bytes_is_read_and_one_byte_more_is_refused_with_413() {
        String body = Api.startBody(valid);
        String padded = body.substring(0, body.length() - 1) + " ".repeat(2048 - body.length()) + "}";

        assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, padded), 422, "outside-office-hours");
        assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, " " + padded), 413, "body-too-large");
    }

    @Test
    void json_with_a_charset_parameter_is_read() {
        assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, Api.startBody(valid),
                "Content-Type", "application/json; charset=utf-8"), 422, "outside-office-hours");
    }

    @Test
    void a_body_that_is_not_utf8_is_refused_with_400_malformed_json() {
        byte[] latin1 = ("{\"start\":\"" + valid + "é\"}").getBytes(StandardCharsets.ISO_8859_1);

        assertRefusedWithNothingWritten(() -> Http.send(client.api().request("POST", Api.APPOINTMENTS, null,
                        "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(latin1))),
                400, "malformed-json");
    }

    @Test
    void a_body_that_is_not_declared_as_json_is_refused_with_415() {
        String body = Api.startBody(valid);
        eachOf(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "text/html"), type -> {
            assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, body, "Content-Type", type),
                    415, "unsupported-media-type");
            assertRefusedWithNothingWritten(() -> Http.send(client.api().request("PATCH", nobody, body,
                    "Content-Type", type)), 415, "unsupported-media-type");
        });
    }

    @Test
    void bad_availability_parameters_are_refused_with_400_naming_the_parameter() {
        eachOf(List.of("0", "-1", "999999999999", "abc", "1.5", "", "01", "1 OR 1=1", "100", "+1", "１"),
                weeks -> assertProblem(client.api().get("/api/v1/availability?weeks=" + encode(weeks)),
                        400, "invalid-field", "weeks"));
        eachOf(List.of("2026-13-01", "2026-02-30", SQL_INJECTION, "26-12-01", "2026-1-1", "1999-12-31", "2101-01-01",
                "", "2026-12-01T00:00", "2026-12-01Z", "9999-12-31", "0001-01-01"),
                from -> assertProblem(client.api().get("/api/v1/availability?from=" + encode(from)),
                        400, "invalid-field", "from"));
        assertProblem(client.api().get("/api/v1/availability?weeks=1&weeks=2"), 400, "invalid-field", "weeks");
        assertProblem(client.api().get("/api/v1/availability?from=2026-12-01&from=2026-12-01"), 400, "invalid-field",
                "from");
        eachOf(List.of("coach=x", "FROM=2026-12-01", "from%5B%5D=2026-12-01", encode(SQL_INJECTION) + "=1", "weeks=1&x"),
                query -> assertProblem(client.api().get("/api/v1/availability?" + query), 400, "unknown-parameter"));
    }

    @Test
    void bad_listing_and_booking_parameters_are_refused_with_400() {
        eachOf(List.of(SQL_INJECTION, "2026-13-01", "2026-02-30", ""), from -> assertProblem(
                client.api().get(Api.APPOINTMENTS + "?from=" + encode(from)), 400, "invalid-field", "from"));
        assertProblem(client.api().get(Api.APPOINTMENTS + "?from=2026-12-01&from=2026-12-02"), 400, "invalid-field",
                "from");
        assertProblem(client.api().get(Api.APPOINTMENTS + "?client=" + encode(SQL_INJECTION)), 400, "unknown-parameter");
        assertProblem(client.api().get(nobody + "?x=1"), 400, "unknown-parameter");
        assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS + "?coach=x", Api.startBody(valid)),
                400, "unknown-parameter");
    }

    @Test
    void ids_that_are_not_uuids_get_404_for_every_method() {
        List<String> ids = List.of("abc", "1", "-1", "null", "00000000-0000-0000-0000-00000000000g",
                UUID.randomUUID().toString().toUpperCase(), encode(SQL_INJECTION), encode("🙂"), "%20",
                "x".repeat(300));

        eachOf(ids, id -> {
            String path = Api.APPOINTMENTS + "/" + id;
            assertProblem(client.api().get(path), 404, "not-found");
            assertRefusedWithNothingWritten(() -> client.api().patch(path, Api.startBody(valid)), 404, "not-found");
            assertRefusedWithNothingWritten(() -> client.api().delete(path), 404, "not-found");
        });
    }

    @Test
    void an_id_with_a_path_parameter_is_a_malformed_request_for_every_method() {
        // ';' starts a path parameter (the "/..;/" family of tricks): refused before any resource sees it.
        String path = Api.APPOINTMENTS + "/" + UUID.randomUUID() + ";drop";
        assertProblem(client.api().get(path), 400, "malformed-request");
        assertRefusedWithNothingWritten(() -> client.api().patch(path, Api.startBody(valid)), 400, "malformed-request");
        assertRefusedWithNothingWritten(() -> client.api().delete(path), 400, "malformed-request");
    }

    @Test
    void methods_an_address_does_not_take_get_405() {
        assertProblem(Http.send(client.api().request("PUT", Api.APPOINTMENTS, Api.startBody(valid))), 405,
                "method-not-allowed");
        assertProblem(client.api().delete(Api.APPOINTMENTS), 405, "method-not-allowed");
        assertProblem(client.api().post(nobody, Api.startBody(valid)), 405, "method-not-allowed");
        assertProblem(client.api().post("/api/v1/availability", Api.startBody(valid)), 405, "method-not-allowed");
    }

    @Test
    void asking_for_an_answer_other_than_json_gets_406() {
        assertProblem(Http.send(client.api().request("GET", Api.APPOINTMENTS, null, "Accept", "text/html")), 406,
                "not-acceptable");
    }

    @Test
    void generated_garbage_never_gets_a_500_and_never_books_a_call() {
        Garbage garbage = new Garbage(20261125L, valid);
        Rows.Counts before = Rows.counts();

        for (int n = 0; n < 300; n++) {
            String start = garbage.next();
            HttpResponse<String> booked = client.api().book(start);
            HttpResponse<String> moved = client.api().patch(nobody, Api.startBody(start));
            HttpResponse<String> listed = client.api().get("/api/v1/availability?from=" + encode(start));

            String answers = booked.statusCode() + " " + moved.statusCode() + " " + listed.statusCode()
                    + " for " + Json.quote(start);
            assertThat(booked.statusCode()).as(answers).isIn(400, 422);
            assertThat(moved.statusCode()).as(answers).isIn(400, 404);
            assertThat(listed.statusCode()).as(answers).isEqualTo(400);
            for (HttpResponse<String> answer : List.of(booked, moved, listed)) {
                assertThat(answer.headers().firstValue("Content-Type")).as(answers)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            }
        }
        assertThat(Rows.counts()).isEqualTo(before);
    }

    /** Runs the check on each input; a failure names the input it failed for. */
    private static void eachOf(List<String> inputs, Consumer<String> check) {
        for (String input : inputs) {
            try {
                check.accept(input);
            } catch (AssertionError failure) {
                throw new AssertionError("for " + Json.quote(input) + ": " + failure.getMessage(), failure);
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package app.coachcal.web.api;

import static app.coachcal.web.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.Http;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.PageSession;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.PersonalTokens;
import app.coachcal.web.testsupport.Rows;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens through the real server (issue 14): the password makes a token and nothing else; the token,
 * sent as Bearer, signs every other request until it is revoked or expires; only its digest is stored.
 */
class TokensApiIT {

    private static final String LAPTOP = "{\"name\":\"laptop\"}";

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "12:00").create();
    private final People.Client client = coach.newClient("Europe/Berlin");

    private static Json issue(String email, String body) {
        return PersonalTokens.obtain(Http.uri("/"), email, Api.PASSWORD, body);
    }

    private static Api bearer(String token) {
        return Api.withAuthorization("Bearer " + token);
    }

    @Test
    void the_password_makes_a_token_shown_once_which_then_signs_every_request_as_bearer() {
        HttpResponse<String> created = Api.basicAs(client.email(), Api.PASSWORD).post(Api.TOKENS, LAPTOP);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Json token = Json.parse(created.body());
        String id = token.text("id");
        assertThat(URI.create(created.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo(Api.TOKENS + "/" + id);
        assertThat(token.text("name")).isEqualTo("laptop");
        assertThat(token.text("token")).matches("cc_[A-Za-z0-9_-]{43}");
        assertThat(Duration.between(Instant.parse(token.text("createdAt")), Instant.parse(token.text("expiresAt"))))
                .isEqualTo(Duration.ofDays(90));

        Api withToken = bearer(token.text("token"));
        assertThat(withToken.get(Api.APPOINTMENTS).statusCode()).isEqualTo(200);
        HttpResponse<String> listed = withToken.get(Api.TOKENS);
        assertThat(listed.statusCode()).isEqualTo(200);
        List<Json> tokens = Json.parse(listed.body()).items("tokens");
        assertThat(tokens).extracting(each -> each.text("id")).containsExactly(id);
        assertThat(listed.body()).doesNotContain(token.text("token")).doesNotContain("\"token\"");
        HttpResponse<String> one = withToken.get(Api.TOKENS + "/" + id);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(Json.parse(one.body()).text("lastUsedAt")).isNotBlank();
        assertThat(one.body()).doesNotContain(token.text("token"));
    }

    @Test
    void a_lifetime_can_be_chosen_and_a_bad_name_or_lifetime_is_refused_with_400_and_no_token() {
        Json week = issue(client.email(), "{\"name\":\"  script \",\"expiresInDays\":7}");
        assertThat(week.text("name")).isEqualTo("script");
        assertThat(Duration.between(Instant.parse(week.text("createdAt")), Instant.parse(week.text("expiresAt"))))
                .isEqualTo(Duration.ofDays(7));

        Api basic = Api.basicAs(client.email(), Api.PASSWORD);
        assertProblem(basic.post(Api.TOKENS, "{}"), 400, "invalid-field", "name");
        assertProblem(basic.post(Api.TOKENS, "{\"name\":\" \"}"), 400, "invalid-field", "name");
        assertProblem(basic.post(Api.TOKENS, "{\"name\":\"" + "x".repeat(61) + "\"}"), 400, "invalid-field", "name");
        assertProblem(basic.post(Api.TOKENS, "{\"name\":\"tab\\there\"}"), 400, "invalid-field", "name");
        assertProblem(basic.post(Api.TOKENS, "{\"name\":7}"), 400, "invalid-field", "name");
        for (String days : List.of("0", "366", "30.5", "3e1", "\"30\"", "null")) {
            assertProblem(basic.post(Api.TOKENS, "{\"name\":\"x\",\"expiresInDays\":" + days + "}"), 400, "invalid-field",
                    "expiresInDays");
        }
        assertProblem(basic.post(Api.TOKENS, "{\"name\":\"x\",\"scope\":\"all\"}"), 400, "unknown-field");
        assertProblem(basic.post(Api.TOKENS, "[]"), 400, "malformed-json");
        assertThat(Rows.count("SELECT count(*) FROM api_token WHERE user_id = ?", client.id())).isEqualTo(1);
    }

    @Test
    void http_basic_is_refused_everywhere_but_where_a_token_is_made_and_says_how_to_get_one() {
        Api basic = Api.basicAs(client.email(), Api.PASSWORD);
        String token = issue(client.email(), LAPTOP).text("id");

        for (HttpResponse<String> refused : List.of(basic.get(Api.APPOINTMENTS), basic.get("/api/v1/availability"),
                basic.book("2030-01-07T09:00:00+00:00"), basic.get(Api.TOKENS), basic.delete(Api.TOKENS + "/" + token))) {
            Json problem = assertProblem(refused, 401, "unauthenticated");
            assertThat(problem.text("detail")).contains("POST /api/v1/tokens").contains("Bearer");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"Coachcal\"");
        }
        assertThat(Rows.value(Boolean.class, "SELECT revoked_at IS NULL FROM api_token WHERE public_id = ?::uuid", token))
                .isTrue();
    }

    @Test
    void a_revoked_token_is_refused_at_once_and_revoking_again_is_204_with_the_row_kept() {
        Json token = issue(client.email(), LAPTOP);
        Api other = bearer(issue(client.email(), "{\"name\":\"desktop\"}").text("token"));
        String path = Api.TOKENS + "/" + token.text("id");

        assertThat(bearer(token.text("token")).delete(path).statusCode()).isEqualTo(204);

        HttpResponse<String> refused = bearer(token.text("token")).get(Api.APPOINTMENTS);
        assertProblem(refused, 401, "unauthenticated");
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"Coachcal\", error=\"invalid_token\"");
        assertThat(other.delete(path).statusCode()).isEqualTo(204);
        assertProblem(other.get(path), 404, "not-found");
        assertThat(Json.parse(other.get(Api.TOKENS).body()).items("tokens")).extracting(each -> each.text("name"))
                .containsExactly("desktop");
        assertThat(Rows.value(Boolean.class, "SELECT revoked_at IS NOT NULL FROM api_token WHERE public_id = ?::uuid",
                token.text("id"))).isTrue();
    }

    @Test
    void an_expired_token_is_refused_and_a_live_one_seeded_the_same_way_is_not() {
        String expired = seed("now() - interval '1 day'", null);
        String live = seed("now() + interval '1 day'", null);

        assertProblem(bearer(expired).get(Api.APPOINTMENTS), 401, "unauthenticated");
        assertThat(bearer(live).get(Api.APPOINTMENTS).statusCode()).isEqualTo(200);
    }

    /** A token of the client made 30 days ago, written by SQL; returns its secret. */
    private String seed(String expiresAt, String lastUsedAt) {
        String secret = "cc_" + (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43);
        Rows.update("INSERT INTO api_token (user_id, name, secret_sha256, created_at, expires_at, last_used_at)"
                + " VALUES (?, 'seeded', sha256(convert_to(?, 'UTF8')), now() - interval '30 days', " + expiresAt + ", "
                + (lastUsedAt == null ? "NULL" : lastUsedAt) + ")", client.id(), secret);
        return secret;
    }

    @Test
    void another_persons_token_is_not_found_and_keeps_working() {
        Json mine = issue(client.email(), LAPTOP);
        People.Client someoneElse = coach.newClient("UTC");
        String path = Api.TOKENS + "/" + mine.text("id");

        assertProblem(someoneElse.api().delete(path), 404, "not-found");
        assertProblem(someoneElse.api().get(path), 404, "not-found");
        assertProblem(someoneElse.api().delete(Api.TOKENS + "/not-a-token"), 404, "not-found");
        assertThat(bearer(mine.text("token")).get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void only_the_digest_of_the_secret_is_stored() throws Exception {
        Json token = issue(client.email(), LAPTOP);
        String secret = token.text("token");

        String row = Rows.value(String.class, "SELECT t::text FROM api_token t WHERE public_id = ?::uuid", token.text("id"));
        String stored = Rows.value(String.class, "SELECT encode(secret_sha256, 'hex') FROM api_token WHERE public_id = ?::uuid",
                token.text("id"));

        assertThat(row).doesNotContain(secret).doesNotContain(secret.substring(3));
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void use_is_recorded_but_not_again_within_a_minute() {
        String lastUsed = "SELECT now() - last_used_at < interval '10 seconds' FROM api_token"
                + " WHERE secret_sha256 = sha256(convert_to(?, 'UTF8'))";
        String used = seed("now() + interval '1 day'", null);
        String longAgo = seed("now() + interval '1 day'", "now() - interval '2 minutes'");
        String justNow = seed("now() + interval '1 day'", "now() - interval '30 seconds'");

        for (String secret : List.of(used, longAgo, justNow)) {
            assertThat(bearer(secret).get(Api.APPOINTMENTS).statusCode()).isEqualTo(200);
        }

        assertThat(Rows.value(Boolean.class, lastUsed, used)).isTrue();
        assertThat(Rows.value(Boolean.class, lastUsed, longAgo)).isTrue();
        assertThat(Rows.value(Boolean.class, lastUsed, justNow)).isFalse();
    }

    @Test
    void the_page_session_still_reads_the_api_but_cannot_change_anything_with_it() {
        PageSession session = new PageSession();
        session.signIn(client.email());

        assertThat(session.getJson("/api/v1/availability").statusCode()).isEqualTo(200);
        assertProblem(session.send(Api.anonymous().request("POST", Api.TOKENS, LAPTOP)), 401, "unauthenticated");
        assertProblem(session.send(Api.anonymous().request("POST", Api.APPOINTMENTS, Api.startBody("2030-01-07T09:00:00+00:00"))),
                401, "unauthenticated");
    }
}

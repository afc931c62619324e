package app.coachcal.web.testsupport;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The JSON API as one person calls it: every request sends the person's personal API token
 * ({@code Authorization: Bearer}, obtained once per test run by {@link PersonalTokens}), bodies sent as
 * {@code application/json}. A test about the password itself sends HTTP Basic explicitly ({@link #basicAs}).
 *
 * <pre>{@code
 * HttpResponse<String> booked = Api.as(client.email()).book("2026-12-07T09:00:00-08:00");
 * HttpResponse<String> refused = Api.anonymous().get("/api/v1/appointments");
 * HttpResponse<String> token = Api.basicAs(client.email(), Api.PASSWORD).post(Api.TOKENS, "{\"name\":\"x\"}");
 * }</pre>
 */
public final class Api {

    public static final String PASSWORD = "coachcal-demo";
    public static final String APPOINTMENTS = "/api/v1/appointments";
    public static final String TOKENS = "/api/v1/tokens";

    private final String authorization;

    private Api(String authorization) {
        this.authorization = authorization;
    }

    /** Signed with the person's token (demo password), obtained on first use and kept for the test run. */
    public static Api as(String email) {
        return withAuthorization("Bearer " + PersonalTokens.of(email));
    }

    /** Signed with HTTP Basic, which only {@code POST /api/v1/tokens} accepts. */
    public static Api basicAs(String email, String password) {
        return withAuthorization(basic(email + ":" + password));
    }

    /** Sends this exact {@code Authorization} header. */
    public static Api withAuthorization(String header) {
        return new Api(header);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code {"start": "<start>"}} */
    public static String startBody(String start) {
        return "{\"start\":" + Json.quote(start) + "}";
    }

    /** POST /api/v1/appointments for a call at {@code start}. */
    public HttpResponse<String> book(String start, String... headers) {
        return post(APPOINTMENTS, startBody(start), headers);
    }

    public HttpResponse<String> get(String path) {
        return Http.send(request("GET", path, null));
    }

    /** {@code headers}: name, value, name, value... */
    public HttpResponse<String> post(String path, String json, String... headers) {
        return Http.send(request("POST", path, json, headers));
    }

    public HttpResponse<String> patch(String path, String json) {
        return Http.send(request("PATCH", path, json));
    }

    public HttpResponse<String> delete(String path) {
        return Http.send(request("DELETE", path, null));
    }

    /**
     * A request ready to send; a body goes as {@code application/json} unless the headers name
     * another {@code Content-Type}.
     */
    public HttpRequest.Builder request(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.uri(path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (json != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }
}

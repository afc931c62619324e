package app.coachcal.web.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser without script, made of plain HTTP requests: its own cookie jar (so its own
 * session), sign-in and sign-out through the real forms (ViewState and sign-out token included), no redirect followed.
 * Much lighter than {@link Browser}, so that many can run at once.
 *
 * <pre>{@code
 * PageSession session = new PageSession();
 * session.signIn(client.email());
 * HttpResponse<String> calls = session.get("/calls/");
 * session.signOut(calls);
 * }</pre>
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SIGN_OUT_ACTION = Pattern.compile("<form id=\"sign-out\"[^>]*action=\"([^\"]*)\"");
    private static final Pattern SIGN_OUT_TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Signs in through the form; the answer is the redirect to the start page (or the form again, refused). */
    public HttpResponse<String> signIn(String email) {
        HttpResponse<String> form = get("/login");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("sign-in", "sign-in");
        fields.put("email", email);
        fields.put("password", Api.PASSWORD);
        fields.put("sign-in-button", "Sign in");
        fields.put("jakarta.faces.ViewState", viewState(form));
        return post("/login", fields);
    }

    /** Presses "Sign out" on a page this session was shown; the answer is the redirect to the sign-in page. */
    public HttpResponse<String> signOut(HttpResponse<String> page) {
        Matcher action = SIGN_OUT_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new AssertionError("no sign-out form on " + page.uri());
        }
        Matcher token = SIGN_OUT_TOKEN.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no sign-out token on " + page.uri());
        }
        return post(action.group(1), Map.of("token", token.group(1)));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(Http.uri(path)).GET());
    }

    /** A GET as the week view's script sends it: the page session's cookie, JSON wanted, no credentials. */
    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(Http.uri(path)).header("Accept", "application/json").GET());
    }

    /** A request with this session's cookie and whatever else the builder carries (e.g. Basic credentials). */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(Http.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String viewState(HttpResponse<String> page) {
        Matcher found = VIEW_STATE.matcher(page.body());
        if (!found.find()) {
            throw new AssertionError("no ViewState on " + page.uri() + " (" + page.statusCode() + ")");
        }
        return found.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package app.coachcal.launcher.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One person signed in through the sign-in form, as a browser is: the session cookie asks for pages. */
final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    private PageSession(URI base) {
        this.base = base;
    }

    static PageSession signIn(URI base, String email, String password) throws IOException, InterruptedException {
        PageSession session = new PageSession(base);
        Matcher viewState = VIEW_STATE.matcher(session.get("login").body());
        if (!viewState.find()) {
            throw new IOException("no sign-in form at " + base.resolve("login"));
        }
        String form = "sign-in=sign-in&email=" + encode(email) + "&password=" + encode(password)
                + "&sign-in-button=Sign+in&jakarta.faces.ViewState=" + encode(viewState.group(1));
        HttpResponse<String> answer = session.http.send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 3) {
            throw new IOException("signing in as " + email + " answered " + answer.statusCode());
        }
        return session;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

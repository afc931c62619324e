package app.coachcal.web.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;
import org.htmlunit.BrowserVersion;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;

/**
 * A browser that runs no script, like Lynx or a browser with JavaScript off,
 * signed in or not, on the shared test server. Every flow of the pages must
 * work in it with plain links, forms and redirects.
 *
 * <pre>{@code
 * try (Browser browser = Browser.signedInAs("client1@example.com")) {
 *     HtmlPage calls = browser.open("/calls/");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    public static final String DEMO_PASSWORD = "coachcal-demo";

    private final WebClient client = new WebClient(BrowserVersion.FIREFOX);
    private String address = "127.0.0.1";

    public Browser() {
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setRedirectEnabled(true);
        client.getCookieManager().setCookiesEnabled(true);
    }

    /**
     * A browser whose requests come from another loopback address, as another machine's would: failed
     * sign-ins are counted per client address, and the other tests sign in from 127.0.0.1.
     */
    public static Browser fromAnotherAddress() {
        Browser browser = new Browser();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        browser.address = "127." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(2, 255);
        try {
            browser.client.getOptions().setLocalAddress(InetAddress.getByName(browser.address));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return browser;
    }

    /** The loopback address this browser sends from (127.0.0.1 unless {@link #fromAnotherAddress()}). */
    public String address() {
        return address;
    }

    /**
     * The API's one request that takes a password, {@code POST /api/v1/tokens}, with this {@code Authorization}
     * header, from this browser's address: the raw answer (201 when the password is right).
     */
    public WebResponse makeApiToken(String authorization) {
        try {
            WebRequest request = new WebRequest(Http.uri("/api/v1/tokens").toURL(), HttpMethod.POST);
            request.setAdditionalHeader("Authorization", authorization);
            request.setAdditionalHeader("Content-Type", "application/json");
            request.setRequestBody("{\"name\":\"sign-in throttle test\"}");
            return client.loadWebResponse(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Browser signedInAs(String email) {
        Browser browser = new Browser();
        browser.signIn(email, DEMO_PASSWORD);
        return browser;
    }

    /** Signs in through the form and returns the page it lands on. */
    public HtmlPage signIn(String email, String password) {
        HtmlPage login = open("/login");
        login.getHtmlElementById("email").setAttribute("value", email);
        login.getHtmlElementById("password").setAttribute("value", password);
        return click(login, "sign-in-button");
    }

    public HtmlPage open(String path) {
        try {
            return client.getPage(Http.uri(path).toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Presses the submit button with this id, as a person would, and returns the page after the redirect. */
    public static HtmlPage click(HtmlPage page, String buttonId) {
        try {
            return page.getHtmlElementById(buttonId).click();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}

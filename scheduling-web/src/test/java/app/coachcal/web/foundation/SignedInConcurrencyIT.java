package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.PageSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Many people signed in at once each get exactly the answers they alone would get (issue 18: signed-in
 * people were refused with 403 at random under concurrency). An admin, three coaches (one also an admin)
 * and nine clients, each signed in on the pages with their own session, each make {@code
 * coachcal.concurrency.requests} requests (default 40; two at a time per session, as a browser loading a page and
 * running the week script does): their own pages, the pages of the other roles, the availability API with
 * a personal API token and with the page session, all at once, while two more clients keep signing in and out in one
 * browser, in turn. Every page must say "Signed in as" the right person, offer exactly their roles'
 * navigation, answer 200 for their pages and 403 for the others', and show no one else's address; every
 * API answer must be about their own coach.
 *
 * <p>CI runs the short default; a longer run, e.g. 300 requests each:
 * {@code ./mvnw -B -pl scheduling-web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=SignedInConcurrencyIT -Dfailsafe.failIfNoSpecifiedTests=false -Dcoachcal.concurrency.requests=300}
 */
class SignedInConcurrencyIT {

    private static final int REQUESTS = Integer.getInteger("coachcal.concurrency.requests", 40);
    private static final String NEXT_WEEK = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
    private static final String AVAILABILITY = "/api/v1/availability?weeks=1&from=" + NEXT_WEEK;
    private static final List<String> PAGES = List.of("/", "/calls/", "/book/?from=" + NEXT_WEEK, "/staff/",
            "/staff/clients", "/staff/hours", "/admin/rules", "/admin/audit");

    private final Queue<String> wrong = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();

    @Test
    void everyone_signed_in_at_once_gets_exactly_their_own_answers() throws Exception {
        Cast cast = Cast.create();
        List<Runnable> work = new ArrayList<>();
        for (Participant someone : cast.signedIn()) {
            PageSession session = new PageSession();
            signIn(session, someone);
            for (int worker = 0; worker < 2; worker++) {
                int first = worker * 5 + cast.signedIn().indexOf(someone);
                work.add(() -> visit(someone, session, first, REQUESTS / 2, cast.everyone()));
            }
        }
        for (int churner = 0; churner < 2; churner++) {
            List<Participant> inTurn = cast.churners();
            work.add(() -> signInAndOut(inTurn, cast.everyone()));
        }

        long started = System.nanoTime();
        runAtOnce(work);

        System.out.printf("SignedInConcurrencyIT: %d requests from %d threads at once in %d s, %d wrong%n",
                requests.get(), work.size(), (System.nanoTime() - started) / 1_000_000_000L, wrong.size());
        assertThat(wrong).as("%d of %d answers were wrong", wrong.size(), requests.get()).isEmpty();
    }

    private void visit(Participant someone, PageSession session, int first, int count, Set<String> everyone) {
        int kinds = PAGES.size() + 2;
        for (int i = first; i < first + count; i++) {
            int kind = i % kinds;
            if (kind < PAGES.size()) {
                String path = PAGES.get(kind);
                check(someone, path, someone.wrongInPage(get(session, path), expectedStatus(someone, path),
                        path.equals("/staff/clients") && someone.is("coach") ? someone.mayAppear() : Set.of(), everyone));
            } else if (kind == PAGES.size()) {
                check(someone, "API (token)", someone.wrongInAvailability(count(() ->
                        session.send(Api.as(someone.email()).request("GET", AVAILABILITY, null)))));
            } else {
                check(someone, "API (page session)", someone.wrongInAvailability(count(() -> session.getJson(AVAILABILITY))));
            }
        }
    }

    /** Two clients in turn in one browser: sign in, two pages and the week script's API read, sign out. */
    private void signInAndOut(List<Participant> inTurn, Set<String> everyone) {
        PageSession browser = new PageSession();
        for (int round = 0; round < Math.max(2, REQUESTS / 8); round++) {
            Participant someone = inTurn.get(round % inTurn.size());
            signIn(browser, someone);
            HttpResponse<String> calls = get(browser, "/calls/");
            check(someone, "/calls/", someone.wrongInPage(calls, 200, Set.of(), everyone));
            check(someone, "/book/", someone.wrongInPage(get(browser, "/book/"), 200, Set.of(), everyone));
            check(someone, "API (page session)", someone.wrongInAvailability(count(() -> browser.getJson(AVAILABILITY))));
            HttpResponse<String> out = count(() -> browser.signOut(calls));
            expectRedirect(someone, "sign-out", out, "signedOut=true");
            expectRedirect(someone, "/calls/ after signing out", get(browser, "/calls/"), "/login");
        }
    }

    private void signIn(PageSession session, Participant someone) {
        HttpResponse<String> landed = count(() -> session.signIn(someone.email()));
        requests.incrementAndGet(); // the sign-in form itself
        String start = someone.is("client") ? "/calls/" : someone.is("coach") ? "/staff/" : "/admin/";
        expectRedirect(someone, "sign-in", landed, start);
    }

    private void expectRedirect(Participant someone, String what, HttpResponse<String> answer, String to) {
        String location = answer.headers().firstValue("Location").orElse("");
        boolean redirect = answer.statusCode() == 302 || answer.statusCode() == 303; // sign-out answers 303
        if (!redirect || !location.contains(to)) {
            wrong.add(someone.email() + " " + what + ": " + answer.statusCode() + " to " + location + " instead of " + to);
        }
    }

    private static int expectedStatus(Participant someone, String path) {
        if (path.startsWith("/calls/") || path.startsWith("/book/")) {
            return someone.is("client") ? 200 : 403;
        }
        if (path.startsWith("/staff/")) {
            return someone.is("coach") ? 200 : 403;
        }
        if (path.startsWith("/admin/")) {
            return someone.is("admin") ? 200 : 403;
        }
        return 200;
    }

    private HttpResponse<String> get(PageSession session, String path) {
        return count(() -> session.get(path));
    }

    private HttpResponse<String> count(Supplier<HttpResponse<String>> request) {
        requests.incrementAndGet();
        return request.get();
    }

    private void check(Participant someone, String what, List<String> problems) {
        problems.forEach(problem -> wrong.add(someone.email() + " " + what + ": " + problem));
    }

    private void runAtOnce(List<Runnable> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(work.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable each : work) {
                running.add(threads.submit(() -> {
                    go.await();
                    each.run();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> each : running) {
                each.get(10, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}

package app.coachcal.web.foundation;

import app.coachcal.web.testsupport.Json;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone taking part in {@link SignedInConcurrencyIT}: who they are and what they alone would be answered.
 * {@code mayAppear} holds the e-mail addresses their own pages may show (their own, and a coach's clients);
 * {@code coachId} is a client's coach's public id, which the availability API names.
 */
record Participant(String email, Set<String> roles, Set<String> mayAppear, String coachId) {

    private static final Pattern SIGNED_IN_AS = Pattern.compile("Signed in as ([^\\s<]+)");
    /** The link of each role in the page header's navigation, which the page shows from the caller's roles. */
    private static final List<String[]> NAV_LINK_OF_ROLE = List.of(new String[] {"client", "/calls/\">My calls"},
            new String[] {"coach", "/staff/\">My week"}, new String[] {"admin", "/admin/people\">People"});

    boolean is(String role) {
        return roles.contains(role);
    }

    /**
     * What is wrong with this page answer for this participant (empty when nothing): the status a page of that
     * role gets, their own address in "Signed in as", the navigation of exactly their roles, no one else's
     * address, and every address they must see ({@code mustShow}).
     */
    List<String> wrongInPage(HttpResponse<String> page, int status, Set<String> mustShow, Set<String> everyone) {
        List<String> wrong = new ArrayList<>();
        if (page.statusCode() != status) {
            wrong.add("status " + page.statusCode() + " instead of " + status + location(page));
            return wrong;
        }
        String body = page.body();
        Matcher signedIn = SIGNED_IN_AS.matcher(body);
        String shownAs = signedIn.find() ? signedIn.group(1) : null;
        if (!email.equals(shownAs)) {
            wrong.add("header says signed in as " + shownAs);
        }
        for (String[] link : NAV_LINK_OF_ROLE) {
            if (body.contains(link[1]) != is(link[0])) {
                wrong.add("navigation " + (is(link[0]) ? "lacks" : "offers") + " the " + link[0] + " pages");
            }
        }
        if (status == 403 && !body.contains("You cannot see this page")) {
            wrong.add("403 without the page that says so");
        }
        everyone.stream().filter(other -> !mayAppear.contains(other) && body.contains(other))
                .forEach(other -> wrong.add("shows " + other));
        mustShow.stream().filter(own -> !body.contains(own)).forEach(own -> wrong.add("lacks " + own));
        return wrong;
    }

    /** The availability API: a client gets their own coach's free times; anyone else 403 no-current-coach. */
    List<String> wrongInAvailability(HttpResponse<String> answer) {
        int status = is("client") ? 200 : 403;
        if (answer.statusCode() != status) {
            return List.of("status " + answer.statusCode() + " instead of " + status + location(answer));
        }
        Json json = Json.parse(answer.body());
        if (status == 200 && !json.text("coach.id").equals(coachId)) {
            return List.of("availability of coach " + json.text("coach.id") + " instead of " + coachId);
        }
        if (status == 403 && !json.text("type").endsWith("/no-current-coach")) {
            return List.of("403 of type " + json.text("type"));
        }
        return List.of();
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").map(to -> " to " + to).orElse("");
    }
}

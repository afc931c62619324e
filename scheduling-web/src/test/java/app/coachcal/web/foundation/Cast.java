package app.coachcal.web.foundation;

import app.coachcal.web.testsupport.People;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The people of {@link SignedInConcurrencyIT}, new for each run: an admin; three coaches, the first also an
 * admin, each with three clients; and two more clients of the last coach, who sign in and out in turn.
 */
record Cast(List<Participant> signedIn, List<Participant> churners) {

    private static final List<String> COACH_ZONES = List.of("America/Los_Angeles", "Europe/London", "Asia/Kolkata");
    private static final List<String> CLIENT_ZONES = List.of("America/New_York", "Europe/Paris", "Australia/Sydney");

    static Cast create() {
        List<Participant> signedIn = new ArrayList<>();
        People.Admin admin = People.admin("Europe/London");
        signedIn.add(new Participant(admin.email(), Set.of("admin"), Set.of(admin.email()), null));
        List<Participant> churners = new ArrayList<>();
        for (int c = 0; c < COACH_ZONES.size(); c++) {
            People.Coach coach = People.coach(COACH_ZONES.get(c)).weekdays("09:00", "17:00").create();
            Set<String> coachRoles = Set.of("coach");
            if (c == 0) {
                People.grant(coach.id(), "admin");
                coachRoles = Set.of("coach", "admin");
            }
            List<Participant> clients = new ArrayList<>();
            for (String zone : CLIENT_ZONES) {
                clients.add(client(coach.newClient(zone)));
            }
            if (c == COACH_ZONES.size() - 1) {
                churners.add(client(coach.newClient("Asia/Singapore")));
                churners.add(client(coach.newClient("Africa/Lagos")));
            }
            Set<String> seen = new HashSet<>(Set.of(coach.email()));
            Stream.concat(clients.stream(), c == COACH_ZONES.size() - 1 ? churners.stream() : Stream.empty())
                    .forEach(client -> seen.add(client.email()));
            signedIn.add(new Participant(coach.email(), coachRoles, Set.copyOf(seen), null));
            signedIn.addAll(clients);
        }
        return new Cast(List.copyOf(signedIn), List.copyOf(churners));
    }

    private static Participant client(People.Client client) {
        return new Participant(client.email(), Set.of("client"), Set.of(client.email()),
                client.coach().publicId().toString());
    }

    /** Every address of the cast, so that a page showing someone else's can be told. */
    Set<String> everyone() {
        return Stream.concat(signedIn.stream(), churners.stream()).map(Participant::email).collect(Collectors.toSet());
    }
}

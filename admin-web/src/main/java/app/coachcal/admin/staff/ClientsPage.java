package app.coachcal.admin.staff;

import app.coachcal.admin.SignedIn;
import app.coachcal.admin.Times;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import app.coachcal.persistence.staff.CoachDesk;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** My clients: the coach's current clients, each with their zone and next call ({@code /staff/clients}). */
@Named("staff.clients")
@RequestScoped
public class ClientsPage {

    /** One client as a table row. */
    public record Row(String name, String email, String zone, String nextCall, String nextCallTheirTime) {
    }

    @Inject
    private SignedIn signedIn;
    @Inject
    private CoachDesk desk;

    private List<Row> rows;

    private String zone;

    public void load() {
        Caller coach = signedIn.as(Role.COACH).orElse(null);
        if (coach == null) {
            return;
        }
        zone = coach.zone().getId();
        rows = desk.clients(coach).stream().map(client -> new Row(client.name(), client.email(), client.zone().getId(),
                client.nextCall().map(at -> Times.dateTime(at, coach.zone())).orElse("None booked"),
                client.nextCall().map(at -> Times.dateTime(at, client.zone())).orElse(""))).toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The coach's zone, named where the page gives times "in your zone". */
    public String getZone() {
        return zone;
    }
}

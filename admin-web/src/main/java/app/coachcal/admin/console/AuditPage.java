package app.coachcal.admin.console;

import app.coachcal.admin.SignedIn;
import app.coachcal.admin.Times;
import app.coachcal.persistence.admin.AuditLog;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Audit ({@code /admin/audit?coach=&client=&from=&to=}): appointment history, newest first, filtered by a GET form. */
@Named("admin.audit")
@RequestScoped
public class AuditPage {

    /** One history entry as a table row (times in the admin's zone). */
    public record Line(String at, String action, String coach, String client, String actor, String oldTime,
                       String newTime, String reason) {
    }

    /** A choice in a filter list. */
    public record Choice(String id, String name, boolean selected) {
    }

    @Inject
    private SignedIn signedIn;
    @Inject
    private AuditLog log;
    @Inject
    private FacesContext faces;

    private Caller admin;
    private List<Line> lines = List.of();

    public void load() {
        admin = signedIn.as(Role.ADMIN).orElse(null);
        if (admin == null) {
            return;
        }
        UUID coach = uuid("coach");
        UUID client = uuid("client");
        Instant from = day("from").map(day -> day.atStartOfDay(admin.zone()).toInstant()).orElse(null);
        Instant to = day("to").map(day -> day.plusDays(1).atStartOfDay(admin.zone()).toInstant()).orElse(null);
        if (faces.isValidationFailed()) {
            return;
        }
        lines = log.entries(coach, client, from, to).stream().map(entry -> new Line(
                Times.dateTime(entry.at(), admin.zone()), entry.action(), entry.coachName(), entry.clientName(),
                entry.actorName() == null ? "(unknown)" : entry.actorName(),
                entry.oldStart() == null ? "" : Times.dateTime(entry.oldStart(), admin.zone()),
                entry.newStart() == null ? "" : Times.dateTime(entry.newStart(), admin.zone()),
                entry.reason() == null ? "" : entry.reason())).toList();
    }

    private String param(String name) {
        String value = faces.getExternalContext().getRequestParameterMap().get(name);
        return value == null ? "" : value.strip();
    }

    private UUID uuid(String name) {
        String value = param(name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            Pages.error(faces, name, "Choose a " + name + " from the list.");
            return null;
        }
    }

    private Optional<LocalDate> day(String name) {
        String value = param(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = Times.date(value);
        if (day.isEmpty()) {
            Pages.error(faces, name, "Enter the date as YYYY-MM-DD, for example 2026-12-01.");
        }
        return day;
    }

    public List<Choice> choices(String role) {
        String selected = param(role);
        return log.peopleIn(role).stream().map(person -> new Choice(person.id().toString(), person.name(),
                person.id().toString().equals(selected))).toList();
    }

    public List<Line> getLines() {
        return lines;
    }

    public String value(String name) {
        return param(name);
    }

    public String getZone() {
        return admin.zone().getId();
    }

    public int getLimit() {
        return AuditLog.LIMIT;
    }
}

package app.coachcal.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Http;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} (Prometheus text) counts what clients do and how the server is doing. */
class MetricsIT {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    private final People.Coach coach = People.coach("America/Los_Angeles").weekdays("09:00", "17:00").create();
    private final People.Client client = coach.newClient("America/Los_Angeles");
    private final LocalDate monday = Dates.mondayAhead(LA, 3);

    @Test
    void booking_moving_and_cancelling_a_call_each_count_once() {
        double booked = value("coachcal_bookings_total", "");
        double moved = value("coachcal_moves_total", "");
        double cancelled = value("coachcal_cancellations_total", "");

        String call = Api.APPOINTMENTS + "/" + Json.parse(client.api().book(Dates.start(monday, "09:00", LA)).body()).text("id");
        assertThat(value("coachcal_bookings_total", "")).isEqualTo(booked + 1);
        client.api().patch(call, Api.startBody(Dates.start(monday, "10:00", LA)));
        assertThat(value("coachcal_moves_total", "")).isEqualTo(moved + 1);
        client.api().delete(call);
        assertThat(value("coachcal_cancellations_total", "")).isEqualTo(cancelled + 1);
        assertThat(value("coachcal_bookings_total", "")).isEqualTo(booked + 1);
    }

    @Test
    void refusals_are_counted_by_problem_type_and_a_refused_booking_is_no_booking() {
        client.api().book(Dates.start(monday, "11:00", LA));
        double taken = value("coachcal_problems_total", "type=\"slot-taken\"");
        double booked = value("coachcal_bookings_total", "");

        HttpResponse<String> refused = coach.newClient("Europe/London").api().book(Dates.start(monday, "11:00", LA));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(value("coachcal_problems_total", "type=\"slot-taken\"")).isEqualTo(taken + 1);
        assertThat(value("coachcal_bookings_total", "")).isEqualTo(booked);
    }

    @Test
    void request_times_are_a_histogram_by_kind() {
        client.api().get("/api/v1/availability");

        assertThat(value("coachcal_requests_seconds_count", "kind=\"api\"")).isPositive();
        assertThat(lines()).anyMatch(line -> line.startsWith("coachcal_requests_seconds_bucket{")
                && line.contains("kind=\"api\"") && line.contains("le=\"0.1\""));
    }

    @Test
    void the_database_pool_reports_its_open_connections_and_its_size() {
        assertThat(value("coachcal_database_connections", "state=\"open\"")).isGreaterThanOrEqualTo(1);
        assertThat(value("coachcal_database_connections", "state=\"busy\"")).isGreaterThanOrEqualTo(0);
        assertThat(value("coachcal_database_connections_max", "")).isEqualTo(40);
    }

    /** The value of the first sample of this name whose labels contain {@code label}; 0 when there is none yet. */
    private static double value(String name, String label) {
        return lines().stream().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    private static List<String> lines() {
        HttpResponse<String> metrics = Http.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        return metrics.body().lines().filter(line -> !line.startsWith("#")).toList();
    }
}

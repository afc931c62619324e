package app.coachcal.web.client;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.appointment.AppointmentView;
import app.coachcal.persistence.people.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the client pages write days, times and calls, always in a named zone. */
class CallTimesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NINE_IN_LA = Instant.parse("2026-12-01T17:00:00Z");

    @Test
    void a_slot_button_says_the_day_and_time_in_the_clients_zone() {
        assertThat("Book " + CallTimes.slot(NINE_IN_LA, NEW_YORK)).isEqualTo("Book Tue 1 Dec, 12:00");
        assertThat(CallTimes.iso(NINE_IN_LA, NEW_YORK)).isEqualTo("2026-12-01T12:00:00-05:00");
        assertThat(CallTimes.iso(NINE_IN_LA, ZoneId.of("Asia/Kolkata"))).isEqualTo("2026-12-01T22:30:00+05:30");
    }

    @Test
    void days_are_written_in_full_for_headings_and_short_for_the_week() {
        assertThat(CallTimes.day(LocalDate.of(2026, 11, 30))).isEqualTo("Monday 30 November");
        assertThat(CallTimes.shortDay(LocalDate.of(2026, 11, 30))).isEqualTo("30 Nov");
    }

    @Test
    void a_call_gives_the_coaches_local_time_only_when_their_zone_differs() {
        Person coach = new Person(UUID.randomUUID(), "Lara Lopez", ZoneId.of("America/Los_Angeles"));
        Person client = new Person(UUID.randomUUID(), "Client", NEW_YORK);
        AppointmentView call = new AppointmentView(UUID.randomUUID(), NINE_IN_LA, NINE_IN_LA.plusSeconds(3600), "booked",
                null, coach, client);

        CallLine inNewYork = CallLine.of(call, NEW_YORK);
        CallLine inLosAngeles = CallLine.of(call, ZoneId.of("America/Los_Angeles"));

        assertThat(inNewYork.when()).isEqualTo("Tue 1 Dec 2026, 12:00–13:00");
        assertThat(inNewYork.coachTime()).isEqualTo("Tue 1 Dec 2026, 09:00–10:00 for your coach (America/Los_Angeles)");
        assertThat(inLosAngeles.coachTime()).isNull();
    }
}

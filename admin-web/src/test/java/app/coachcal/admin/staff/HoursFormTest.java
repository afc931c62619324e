package app.coachcal.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.staff.HoursChange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HoursFormTest {

    private final List<String> errors = new ArrayList<>();

    private static Map<String, String> params(String query) {
        Map<String, String> params = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            params.put(parts[0], java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return params;
    }

    @Test
    void a_window_is_read_from_the_fields_and_survives_the_confirmation_query() {
        HoursChange window = HoursForm.window("3", "13:30", "24:00", (field, message) -> errors.add(field)).orElseThrow();

        assertThat(window).isEqualTo(new HoursChange.AddWindow(DayOfWeek.WEDNESDAY, LocalTime.of(13, 30), LocalTime.MIDNIGHT));
        assertThat(HoursForm.query(window)).isEqualTo("kind=add-window&day=3&start=13%3A30&end=24%3A00");
        assertThat(HoursForm.fromQuery(params(HoursForm.query(window)))).contains(window);
        assertThat(errors).isEmpty();
    }

    @Test
    void each_bad_field_is_reported_by_its_id() {
        assertThat(HoursForm.window("8", "24:00", "noon", (field, message) -> errors.add(field))).isEmpty();
        assertThat(errors).containsExactly("window-day", "window-start", "window-end");
    }

    @Test
    void time_off_without_a_last_day_is_one_day_and_keeps_its_note() {
        HoursChange off = HoursForm.timeOff("2026-12-24", "", "Family & friends", (field, message) -> errors.add(field))
                .orElseThrow();

        assertThat(off).isEqualTo(new HoursChange.AddTimeOff(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24),
                "Family & friends"));
        assertThat(HoursForm.fromQuery(params(HoursForm.query(off)))).contains(off);
    }

    @Test
    void removals_and_unknown_kinds_from_a_query() {
        assertThat(HoursForm.fromQuery(Map.of("kind", "remove-extra", "entry", "42")))
                .contains(new HoursChange.RemoveExtraHours(42));
        assertThat(HoursForm.fromQuery(Map.of("kind", "remove-window", "entry", "x"))).isEmpty();
        assertThat(HoursForm.fromQuery(Map.of("kind", "drop-table"))).isEmpty();
    }
}

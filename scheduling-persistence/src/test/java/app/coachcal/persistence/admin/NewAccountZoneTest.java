package app.coachcal.persistence.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.domain.request.FieldError;
import app.coachcal.domain.request.Parsed;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NewAccountZoneTest {

    @Test
    void a_listed_zone_is_accepted() {
        assertThat(NewAccountZone.parse("Europe/London")).isEqualTo(Parsed.valid(ZoneId.of("Europe/London")));
    }

    @Test
    void an_empty_zone_asks_for_one() {
        assertThat(error(" ")).isEqualTo(new FieldError("zone", "Enter a time zone, like Europe/London"));
    }

    @Test
    void a_near_miss_names_the_zone_meant() {
        assertThat(error("london").message()).isEqualTo("There is no time zone “london”. Did you mean Europe/London?");
        assertThat(error("Europe/Lodnon").message()).startsWith("There is no time zone “Europe/Lodnon”. Did you mean Europe/London");
    }

    @Test
    void a_name_near_nothing_says_how_a_name_looks() {
        assertThat(error("+03:00").message())
                .isEqualTo("There is no time zone “+03:00”. Enter a name from the list, as Area/City, like Europe/London or America/New_York.");
    }

    private static FieldError error(String raw) {
        return NewAccountZone.parse(raw).fold(valid -> null, error -> error);
    }
}

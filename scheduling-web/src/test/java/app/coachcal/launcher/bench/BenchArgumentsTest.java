package app.coachcal.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coachcal.launcher.LaunchFailure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchArgumentsTest {

    @Test
    void quick_is_a_few_seconds_and_later_options_override_it() throws Exception {
        BenchArguments args = BenchArguments.parse(List.of("--quick", "--duration", "7"));
        assertThat(args.quick()).isTrue();
        assertThat(args.warmUp()).isEqualTo(Duration.ofSeconds(1));
        assertThat(args.duration()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void without_options_it_measures_for_twenty_seconds_after_five_of_warm_up() throws Exception {
        BenchArguments args = BenchArguments.parse(List.of());
        assertThat(args.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(args.warmUp()).isEqualTo(Duration.ofSeconds(5));
        assertThat(args.pastCalls()).isEqualTo(100_000);
    }

    @Test
    void an_unknown_option_or_a_value_that_is_not_a_number_is_refused_with_the_usage() {
        assertThatThrownBy(() -> BenchArguments.parse(List.of("--fast"))).isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("./coachcal bench [--quick]");
        assertThatThrownBy(() -> BenchArguments.parse(List.of("--duration", "ten"))).isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("whole numbers");
    }
}

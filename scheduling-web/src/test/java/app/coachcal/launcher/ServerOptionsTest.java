package app.coachcal.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    private static final LaunchSettings DEMO = settings(Optional.of(true));
    private static final LaunchSettings NOT_DEMO = settings(Optional.empty());

    @Test
    void without_settings_payara_keeps_the_quick_start_options_and_the_real_clock() throws LaunchFailure {
        ServerOptions options = ServerOptions.from(Map.of(), NOT_DEMO);

        assertThat(options.javaOptions()).containsExactly("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(options.fixedNow()).isEmpty();
    }

    @Test
    void java_options_replace_the_defaults() throws LaunchFailure {
        ServerOptions options = ServerOptions.from(Map.of("COACHCAL_JAVA_OPTS", " -Xmx1g  -XX:+UseG1GC "), NOT_DEMO);

        assertThat(options.javaOptions()).isEqualTo(List.of("-Xmx1g", "-XX:+UseG1GC"));
    }

    @Test
    void a_word_that_is_not_a_jvm_option_is_refused() {
        assertThatThrownBy(() -> ServerOptions.from(Map.of("COACHCAL_JAVA_OPTS", "-jar other.jar"), NOT_DEMO))
                .isInstanceOf(LaunchFailure.class).hasMessageContaining("COACHCAL_JAVA_OPTS");
    }

    @Test
    void a_fixed_clock_is_refused_unless_demo_mode_is_on() {
        assertThatThrownBy(() -> ServerOptions.from(Map.of("COACHCAL_FIXED_NOW", "2027-03-10T19:30:00Z"), NOT_DEMO))
                .isInstanceOf(LaunchFailure.class).hasMessageContaining("COACHCAL_DEMO=true");
    }

    @Test
    void a_fixed_instant_or_an_offset_is_accepted_in_demo_mode() throws LaunchFailure {
        assertThat(ServerOptions.from(Map.of("COACHCAL_FIXED_NOW", "2027-03-10T19:30:00Z"), DEMO).fixedNow())
                .contains("2027-03-10T19:30:00Z");
        assertThat(ServerOptions.from(Map.of("COACHCAL_FIXED_NOW", "P90D"), DEMO).fixedNow()).contains("P90D");
    }

    @Test
    void a_fixed_clock_that_is_neither_is_refused() {
        assertThatThrownBy(() -> ServerOptions.from(Map.of("COACHCAL_FIXED_NOW", "next tuesday"), DEMO))
                .isInstanceOf(LaunchFailure.class).hasMessageContaining("2027-03-10T19:30:00Z");
    }

    private static LaunchSettings settings(Optional<Boolean> demo) {
        return new LaunchSettings(8080, Optional.empty(), "postgres", "", Optional.empty(), "", Path.of("unused"), demo);
    }
}

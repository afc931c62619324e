package app.coachcal.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void without_a_setting_the_public_url_is_localhost_on_the_port() throws LaunchFailure {
        assertThat(PublicUrl.from(Map.of(), 8123)).isEqualTo("http://localhost:8123");
        assertThat(PublicUrl.from(Map.of("COACHCAL_PUBLIC_URL", "  "), 8080)).isEqualTo("http://localhost:8080");
    }

    @ParameterizedTest
    @CsvSource({
        "https://coachcal.example,        https://coachcal.example",
        "https://Coachcal.Example/,       https://coachcal.example",
        "HTTP://10.0.0.5:8080,            http://10.0.0.5:8080",
        "https://coachcal.example:8443,   https://coachcal.example:8443",
    })
    void a_scheme_host_and_port_is_taken_as_written_in_lower_case(String setting, String expected)
            throws LaunchFailure {
        assertThat(PublicUrl.from(Map.of("COACHCAL_PUBLIC_URL", setting), 8080)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"coachcal.example", "ftp://coachcal.example", "https://coachcal.example/app",
        "https://user@coachcal.example", "https://coachcal.example?x=1", "https://", "javascript:alert(1)",
        "https://coachcal.example#top", "http://exa mple.com"})
    void anything_else_stops_the_start_with_one_line_naming_the_setting(String setting) {
        assertThatThrownBy(() -> PublicUrl.from(Map.of("COACHCAL_PUBLIC_URL", setting), 8080))
                .isInstanceOf(LaunchFailure.class)
                .hasMessageStartingWith("COACHCAL_PUBLIC_URL must be like https://coachcal.example")
                .hasMessageNotContaining("\n");
    }

    @Test
    void the_listener_is_told_the_public_host_and_port_with_the_default_port_written_out() {
        assertThat(ListenerSettings.serverName(URI.create("https://coachcal.example"))).isEqualTo("coachcal.example:443");
        assertThat(ListenerSettings.serverName(URI.create("http://localhost"))).isEqualTo("localhost:80");
        assertThat(ListenerSettings.serverName(URI.create("http://localhost:8123"))).isEqualTo("localhost:8123");
    }

    @Test
    void the_listener_takes_the_scheme_of_the_public_url_so_that_behind_a_tls_proxy_its_redirects_are_https() {
        assertThat(ListenerSettings.commands(URI.create("https://coachcal.example")))
                .contains("http.scheme=https\n", "http.server-name=coachcal.example:443\n");
        assertThat(ListenerSettings.commands(URI.create("http://localhost:8123"))).contains("http.scheme=http\n");
    }
}

package app.coachcal.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PublicOriginTest {

    private final PublicOrigin origin = new PublicOrigin("https://coachcal.example");

    @ParameterizedTest
    @CsvSource({
        "/login,                                    /calls/,         https://coachcal.example/login",
        "http://evil.example/login?next=%2Fcalls,   /calls/,         https://coachcal.example/login?next=%2Fcalls",
        "//evil.example/x,                          /,               https://coachcal.example/x",
        "move?id=1#call,                            /calls/index,    https://coachcal.example/calls/move?id=1#call",
        "https://coachcal.example:8443/api/v1/appointments/1, /api/v1/appointments, https://coachcal.example/api/v1/appointments/1",
        "http://evil.example,                       /,               https://coachcal.example/",
    })
    void every_location_lands_on_the_public_origin(String location, String requestUri, String expected) {
        assertThat(origin.absolute(location, requestUri)).isEqualTo(expected);
    }

    @Test
    void only_an_https_origin_is_https() {
        assertThat(origin.isHttps()).isTrue();
        assertThat(new PublicOrigin("http://localhost:8080/").isHttps()).isFalse();
        assertThat(new PublicOrigin("http://localhost:8080/").absolute("/x", "/")).isEqualTo("http://localhost:8080/x");
    }
}

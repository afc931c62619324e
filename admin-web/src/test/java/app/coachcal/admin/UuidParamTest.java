package app.coachcal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidParamTest {

    @Test
    void a_bad_id_is_absent_rather_than_an_error() {
        UUID id = UUID.randomUUID();
        assertThat(UuidParam.of(id.toString())).contains(id);
        assertThat(UuidParam.of("not-an-id")).isEmpty();
        assertThat(UuidParam.of("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz")).isEmpty();
        assertThat(UuidParam.of(null)).isEmpty();
        assertThat(UuidParam.set(id + ",junk,")).containsExactly(id);
        assertThat(UuidParam.set("")).isEmpty();
    }
}

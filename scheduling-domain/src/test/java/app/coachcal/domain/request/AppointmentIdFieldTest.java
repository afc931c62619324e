package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppointmentIdFieldTest {

    @Test
    void a_lower_case_uuid_is_that_uuid() {
        String id = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

        assertThat(AppointmentIdField.parse(id)).isEqualTo(Parsed.valid(UUID.fromString(id)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3F2504E0-4F89-41D3-9A0C-0305E82C3301", "3f2504e04f8941d39a0c0305e82c3301",
            "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}", "3f2504e0-4f89-41d3-9a0c-0305e82c330", "1-1-1-1-1", "42"})
    void any_other_shape_is_refused(String raw) {
        assertThat(AppointmentIdField.parse(raw).fold(id -> "valid", FieldError::field)).isEqualTo("id");
    }
}

package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenIdFieldTest {

    @Test
    void a_lower_case_uuid_is_accepted() {
        assertThat(TokenIdField.parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301"))
                .isEqualTo(Parsed.valid(UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3F2504E0-4F89-41D3-9A0C-0305E82C3301", "1-1-1-1-1", "3f2504e0-4f89-41d3-9a0c-0305e82c3301 "})
    void anything_else_is_refused(String raw) {
        assertThat(TokenIdField.parse(raw).isValid()).isFalse();
        assertThat(TokenIdField.parse(null).isValid()).isFalse();
    }
}

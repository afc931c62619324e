package app.coachcal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * The JSON body of a booking or a move, as any bytes the fuzzer makes: either it is read (with a start) or it is
 * refused with a problem of status 400 or 413 ({@link InvalidRequest}); nothing else may come out of it.
 */
class StartRequestBodyFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void a_body_is_read_or_refused_with_a_problem(byte[] body) {
        try {
            StartRequestBody read = StartRequestBody.read(new ByteArrayInputStream(body));

            assertThat(read.start()).isNotNull();
        } catch (InvalidRequest refused) {
            assertThat(refused.problem().status()).isIn(400, 413);
            assertThat(refused.problem().json()).contains("\"type\"");
        }
    }
}

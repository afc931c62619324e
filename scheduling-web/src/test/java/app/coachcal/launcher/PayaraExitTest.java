package app.coachcal.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayaraExitTest {

    @Test
    void a_kill_is_named_with_its_signal() {
        assertThat(PayaraExit.describe(137, false)).isEqualTo("killed (signal 9)");
    }

    @Test
    void running_out_of_memory_says_how_to_give_more_heap() {
        assertThat(PayaraExit.describe(3, false)).contains("out of memory").contains("COACHCAL_JAVA_OPTS");
        assertThat(PayaraExit.describe(1, true)).contains("out of memory");
    }

    @Test
    void any_other_end_gives_the_exit_code() {
        assertThat(PayaraExit.describe(0, false)).isEqualTo("exit code 0");
    }
}

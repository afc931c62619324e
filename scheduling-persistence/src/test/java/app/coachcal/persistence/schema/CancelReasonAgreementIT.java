package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.domain.request.CancelReasonField;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cancel-reason rule has one Java home ({@link CancelReasonField}) and one SQL home (the CHECK
 * {@code appointment_cancel_reason_is_sane}); the same strings, tab and line breaks included, go to both
 * (and to {@code CancelReasonFieldTest}), and both must give the same answer.
 */
class CancelReasonAgreementIT extends SchemaTest {

    private static final List<String> REASONS = List.of("Ill, sorry", "Ill:\tsorry", "Ill.\nSorry", "Ill.\r\nSorry",
            "Ill\rsorry", "Ill\u0001", "Ill\u0008", "Ill\u000b", "Ill\u000c", "Ill\u001b[31m", "Ill\u001f", "Ill\u007f",
            "Ill\u0085", "Ill\u009f", "no\u00a0break space", "x".repeat(500), "x".repeat(501),
            "\uD83D\uDE00".repeat(500), "\uD83D\uDE00".repeat(501));

    @Test
    void the_domain_and_the_database_accept_and_refuse_the_same_cancel_reasons() throws SQLException {
        Given.Relationship pair = given.coachingPair("Europe/London", "Europe/London");
        given.alwaysAvailable(pair.coachId());
        long call = given.call(pair, Given.weekdayAhead(ZoneId.of("Europe/London"), 3, MONDAY).atTime(10, 0)
                .atZone(ZoneId.of("Europe/London")));

        for (String reason : REASONS) {
            assertThat(databaseAccepts(call, reason)).as("%s", reason.chars().limit(20).mapToObj(c -> "U+%04X".formatted(c)).toList())
                    .isEqualTo(CancelReasonField.isSane(reason));
        }
        assertThat(REASONS.stream().filter(CancelReasonField::isSane)).hasSize(8);
    }

    private boolean databaseAccepts(long call, String reason) throws SQLException {
        Savepoint before = sql.setSavepoint();
        try {
            given.update("UPDATE appointment SET status = 'cancelled', cancel_reason = ? WHERE id = ?", reason, call);
            return true;
        } catch (SQLException refused) {
            assertThat(refused.getSQLState()).isEqualTo(CHECK_VIOLATION);
            assertThat(refused.getMessage()).contains("appointment_cancel_reason_is_sane");
            return false;
        } finally {
            sql.rollback(before);
        }
    }
}

package app.coachcal.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.admin.UuidParam;
import app.coachcal.persistence.staff.HoursChange;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The office-hours form fields and the confirmation page's query, as any text the fuzzer makes: each parser
 * answers a change or field errors, never an exception, and a change survives the trip through the
 * confirmation page's query unchanged.
 */
class HoursFormFuzzTest {

    private static final String[] KINDS = {"add-window", "add-extra", "add-time-off", "remove-window",
        "remove-time-off", "remove-extra", ""};

    private static Map<String, String> parsed(String query) {
        Map<String, String> params = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            params.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void survivesTheConfirmationPage(Optional<HoursChange> change) {
        change.ifPresent(made -> assertThat(HoursForm.fromQuery(parsed(HoursForm.query(made)))).contains(made));
    }

    @FuzzTest(maxDuration = "10s")
    void each_form_gives_a_change_or_errors_and_the_change_survives_its_query(FuzzedDataProvider data) {
        String first = data.consumeString(40);
        String second = data.consumeString(40);
        String third = data.consumeString(40);
        StringBuilder errors = new StringBuilder();

        survivesTheConfirmationPage(HoursForm.window(first, second, third, (field, message) -> errors.append(field)));
        survivesTheConfirmationPage(HoursForm.extra(first, second, third, (field, message) -> errors.append(field)));
        survivesTheConfirmationPage(HoursForm.timeOff(first, second, third, (field, message) -> errors.append(field)));
        Map<String, String> query = Map.of("kind", data.pickValue(KINDS), "day", first, "date", first,
                "first", first, "start", second, "last", second, "end", third, "note", third, "entry", first);
        survivesTheConfirmationPage(HoursForm.fromQuery(query));
        assertThat(UuidParam.set(data.consumeRemainingAsString())).isNotNull();
    }
}

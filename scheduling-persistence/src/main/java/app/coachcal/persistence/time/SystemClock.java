package app.coachcal.persistence.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every "now" of Coachcal is read from (rules, pages, API, reports): the system's, in UTC; or,
 * in demo mode only ({@code COACHCAL_DEMO=true}), the fixed or shifted clock of {@code COACHCAL_FIXED_NOW}.
 * Domain code never reads a clock itself; the database keeps its own {@code now()} for the rules it holds.
 */
@ApplicationScoped
public class SystemClock {

    private static final Logger LOG = Logger.getLogger(SystemClock.class.getName());

    @Inject
    @ConfigProperty(name = "coachcal.fixed.now")
    private Optional<String> fixedNow;

    @Inject
    @ConfigProperty(name = "coachcal.demo", defaultValue = "false")
    private String demo;

    @Produces
    @ApplicationScoped
    Clock clock() {
        Optional<String> setting = fixedNow.filter(value -> !value.isBlank());
        if (setting.isEmpty()) {
            return Clock.systemUTC();
        }
        if (!"true".equals(demo)) {
            LOG.warning("COACHCAL_FIXED_NOW is ignored: it is for demos and tests only (COACHCAL_DEMO=true)");
            return Clock.systemUTC();
        }
        Clock clock = ClockSetting.parse(setting.get(), Clock.systemUTC());
        LOG.warning(() -> "Demo clock from COACHCAL_FIXED_NOW=" + setting.get() + ": now is " + clock.instant());
        return clock;
    }
}

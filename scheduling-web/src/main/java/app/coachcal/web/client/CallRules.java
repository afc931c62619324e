package app.coachcal.web.client;

import app.coachcal.domain.rules.BusinessRules;
import app.coachcal.persistence.booking.CalendarQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The business rules a client page quotes, read once per request, so that no page copy repeats a value
 * staff can change: {@code <p>Book a #{client.rules.callMinutes}-minute call</p>}.
 */
@Named("client.rules")
@RequestScoped
public class CallRules {

    @Inject
    private CalendarQueries calendar;

    private BusinessRules rules;

    /** {@code call_length}, in minutes. */
    public long getCallMinutes() {
        return current().callLength().toMinutes();
    }

    /** {@code monthly_call_limit}: booked calls per calendar month. */
    public int getMonthlyCallLimit() {
        return current().monthlyCallLimit();
    }

    private BusinessRules current() {
        if (rules == null) {
            rules = calendar.rules();
        }
        return rules;
    }
}

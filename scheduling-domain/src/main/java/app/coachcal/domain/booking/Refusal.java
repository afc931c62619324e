package app.coachcal.domain.booking;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Why a request about a call is refused, as listed in {@code docs/booking-model.md}. The slug is the
 * problem+json {@code type} suffix and the message key; the message is the default English wording.
 */
public enum Refusal {
    IN_THE_PAST("in-the-past", 422, "That time has already passed."),
    TOO_SOON("too-soon", 422, "That time is too soon to book. Please choose a later time."),
    TOO_FAR_AHEAD("too-far-ahead", 422, "That time is too far ahead to book yet. Please choose an earlier time."),
    OUTSIDE_OFFICE_HOURS("outside-office-hours", 422, "That time is outside your coach's office hours."),
    OFF_GRANULARITY("off-granularity", 422, "Calls can only start at the times shown in your coach's calendar."),
    WRONG_LENGTH("wrong-length", 422, "That call is not the usual length of a call."),
    MONTHLY_LIMIT_REACHED("monthly-limit-reached", 422, "You have already booked as many calls as you can that month."),
    CHANGE_TOO_LATE("change-too-late", 422, "It is too late to move or cancel this call."),
    HISTORY_TOO_FAR_BACK("history-too-far-back", 422, "You cannot list calls that far back."),
    SLOT_TAKEN("slot-taken", 409, "Sorry, that time has just been taken. Please choose another time."),
    NO_CURRENT_COACH("no-current-coach", 403, "You do not have a coach to book calls with at the moment.");

    private static final String PROBLEM_BASE = "https://coachcal.app/problems/";

    private final String slug;
    private final int httpStatus;
    private final String message;

    Refusal(String slug, int httpStatus, String message) {
        this.slug = slug;
        this.httpStatus = httpStatus;
        this.message = message;
    }

    /** The refusal whose slug is {@code slug}, e.g. {@code too-soon}. */
    public static Optional<Refusal> fromSlug(String slug) {
        return Arrays.stream(values()).filter(refusal -> refusal.slug.equals(slug)).findFirst();
    }

    public String slug() { return slug; }

    public int httpStatus() { return httpStatus; }

    /** The default English message, in the words of the product pages. */
    public String message() { return message; }

    /** The problem+json {@code type}, e.g. {@code https://coachcal.app/problems/too-soon}. */
    public URI problemType() {
        return URI.create(PROBLEM_BASE + slug);
    }
}

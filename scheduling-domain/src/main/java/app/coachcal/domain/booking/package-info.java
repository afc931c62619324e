/** Whether a client may book, move or cancel a call, answered as a {@link app.coachcal.domain.booking.Decision} with a {@link app.coachcal.domain.booking.Refusal} when not. */
package app.coachcal.domain.booking;

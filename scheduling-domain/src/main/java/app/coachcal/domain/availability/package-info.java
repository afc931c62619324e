/** Which hour-long slots a client may book: office hours minus what the coach and the client have already booked. */
package app.coachcal.domain.availability;

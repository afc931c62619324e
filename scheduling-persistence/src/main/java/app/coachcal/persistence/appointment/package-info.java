/** Calls as stored: the appointment entity, its repository and the view a caller gets. */
package app.coachcal.persistence.appointment;

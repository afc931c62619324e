/** What a coach does in the staff console: their week, their clients, their office hours, cancelling a call. */
package app.coachcal.persistence.staff;

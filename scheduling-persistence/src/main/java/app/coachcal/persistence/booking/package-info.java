/** The booking use cases: book, move, cancel and list calls, and see free slots; one transaction each. */
package app.coachcal.persistence.booking;

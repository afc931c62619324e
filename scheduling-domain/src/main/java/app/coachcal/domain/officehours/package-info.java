/** A coach's office hours: weekly wall-clock windows in the coach's zone, time off and extra hours, turned into instants. */
package app.coachcal.domain.officehours;

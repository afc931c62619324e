/** Demo data for a first look at Coachcal; loaded only when asked for or into an empty embedded database. */
package app.coachcal.persistence.demo;

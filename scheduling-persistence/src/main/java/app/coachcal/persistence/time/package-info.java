/** Where "now" comes from. */
package app.coachcal.persistence.time;

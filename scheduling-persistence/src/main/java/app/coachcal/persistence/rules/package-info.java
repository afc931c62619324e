/** The business rules as stored in the database. */
package app.coachcal.persistence.rules;

/** Tests that the schema itself refuses what breaks a rule, by raw SQL against a fresh database. */
package app.coachcal.persistence.schema;

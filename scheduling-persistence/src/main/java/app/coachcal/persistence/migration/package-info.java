/** Schema migrations: Flyway, configured once, for the application and the tests. */
package app.coachcal.persistence.migration;

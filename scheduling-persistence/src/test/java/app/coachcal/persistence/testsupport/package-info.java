/** Test support: fresh, migrated databases on the test PostgreSQL server. */
package app.coachcal.persistence.testsupport;

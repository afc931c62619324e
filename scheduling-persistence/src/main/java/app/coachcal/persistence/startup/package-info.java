/** What happens when Coachcal starts: the schema is migrated before any request is served. */
package app.coachcal.persistence.startup;

/** A signed-in person's own account: changing their password. */
package app.coachcal.persistence.account;

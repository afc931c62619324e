/** People who sign in: accounts, role memberships and the caller a request acts for. */
package app.coachcal.persistence.people;

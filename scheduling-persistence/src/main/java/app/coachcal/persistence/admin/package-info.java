/** What an admin does: people and their roles, coaching relationships, business rules, the audit of calls. */
package app.coachcal.persistence.admin;

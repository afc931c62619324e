/** The admin's pages: people, coaching relationships, business rules and the audit of calls. */
package app.coachcal.admin.console;

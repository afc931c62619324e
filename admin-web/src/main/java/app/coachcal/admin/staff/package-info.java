/** The coach's pages: my week, my clients, office hours, preview, cancelling a client's call. */
package app.coachcal.admin.staff;

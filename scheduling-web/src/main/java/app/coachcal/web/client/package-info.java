/** The client pages: My calls, the booking week, and the steps that book, move and cancel a call. */
package app.coachcal.web.client;

/** Signing in and out of the pages. */
package app.coachcal.web.account;

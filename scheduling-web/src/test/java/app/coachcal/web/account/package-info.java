/** The signed-in person's own account: signing in and out, and personal API tokens on the pages. */
package app.coachcal.web.account;

/** Tests of signing in and out that need no server. */
package app.coachcal.web.account;

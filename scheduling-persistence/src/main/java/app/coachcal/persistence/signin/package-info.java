/** Signing in: password hashes, the throttle of failed attempts, and the one transaction that checks a password. */
package app.coachcal.persistence.signin;

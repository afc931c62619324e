/** Personal API tokens: issued for a password, listed, revoked, and looked up by the digest of their secret. */
package app.coachcal.persistence.tokens;

/** Protections every answer gets, whatever serves it. */
package app.coachcal.web.security;

/**
 * The JSON API: resources translate HTTP to a use case and back, whitelisting
 * every input; every error is application/problem+json (RFC 9457).
 */
package app.coachcal.web.api;

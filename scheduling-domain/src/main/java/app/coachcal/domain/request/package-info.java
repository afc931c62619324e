/** Whitelist parsing of every API input field into a typed value or a {@link app.coachcal.domain.request.FieldError}, never an exception. */
package app.coachcal.domain.request;

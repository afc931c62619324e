/** What a person sees when something goes wrong on any page: never a stack trace, a stale form asks to try again. */
package app.coachcal.web.errors;

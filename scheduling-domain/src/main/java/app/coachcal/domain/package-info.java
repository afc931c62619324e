/** The language of booking a coaching call, in plain Java: values and policies, no framework and no I/O. */
package app.coachcal.domain;

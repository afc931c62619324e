/** The client-facing web application: its configuration, pages and JSON API. */
package app.coachcal.web;

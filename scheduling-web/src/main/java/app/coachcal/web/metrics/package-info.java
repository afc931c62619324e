/** What /metrics says about Coachcal: calls booked, moved and cancelled, problems by type, request times, database connections. */
package app.coachcal.web.metrics;

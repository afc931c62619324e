/** Half-open ranges of instants, the one way the domain talks about a stretch of time. */
package app.coachcal.domain.time;

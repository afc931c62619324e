/** Tests of what an operator relies on: outages, request ids, the clock, time-zone data, OpenAPI and metrics. */
package app.coachcal.web.operations;

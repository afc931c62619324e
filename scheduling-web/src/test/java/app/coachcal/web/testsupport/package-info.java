/** Test support: the shared Coachcal test server and plain HTTP to it. */
package app.coachcal.web.testsupport;

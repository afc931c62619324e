/** MicroProfile Health checks behind {@code /health}. */
package app.coachcal.web.health;

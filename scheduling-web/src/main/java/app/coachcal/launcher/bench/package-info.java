/**
 * {@code ./coachcal bench}: a benchmark of bookings and the week view over HTTP, beside the database's own
 * limit for the same rows measured with pgbench, on a fresh database seeded for the run.
 */
package app.coachcal.launcher.bench;

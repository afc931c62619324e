/**
 * The launcher behind the README's run command: checks the settings, provides
 * the database (the configured one, or an embedded PostgreSQL) and runs the
 * WAR on Payara Micro. Not part of the WAR.
 */
package app.coachcal.launcher;

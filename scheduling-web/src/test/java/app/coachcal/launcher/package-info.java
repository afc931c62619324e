/** Unit tests of the launcher's parts that need no server: unpacking the PostgreSQL binaries. */
package app.coachcal.launcher;

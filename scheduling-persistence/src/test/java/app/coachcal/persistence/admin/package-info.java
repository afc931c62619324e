/** Tests of the admin desk's pieces that need no database. */
package app.coachcal.persistence.admin;

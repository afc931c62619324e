/** Tests of the coach's pages (staff console) through the real server, with script off and with axe-core. */
package app.coachcal.web.staff;

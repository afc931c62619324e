/** Tests of the admin pages and of every role boundary of the staff console, through the real server. */
package app.coachcal.web.admin;

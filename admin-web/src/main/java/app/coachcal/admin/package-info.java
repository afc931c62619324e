/** The staff and admin console: Faces pages under META-INF/resources and their beans. */
package app.coachcal.admin;

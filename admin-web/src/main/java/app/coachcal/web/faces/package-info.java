/**
 * Small Faces helpers shared by the client pages (scheduling-web) and the staff
 * console (admin-web); they live here because admin-web is the web module the
 * other depends on.
 */
package app.coachcal.web.faces;

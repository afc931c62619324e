/** Who a page request comes from (sign-in, session, roles) and the protections every answer gets. */
package app.coachcal.web.security;

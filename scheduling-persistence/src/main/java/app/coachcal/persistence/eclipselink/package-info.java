/** How EclipseLink, the JPA provider Payara bundles, is tuned for Coachcal. */
package app.coachcal.persistence.eclipselink;

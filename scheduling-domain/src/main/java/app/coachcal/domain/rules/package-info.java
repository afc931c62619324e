/** The business rules an admin can tune, with the same names, units and bounds as the {@code business_rule} table. */
package app.coachcal.domain.rules;

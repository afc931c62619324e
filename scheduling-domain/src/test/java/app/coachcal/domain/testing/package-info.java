/** Test support: a small seeded property-check runner and value pickers, so property tests need no extra library. */
package app.coachcal.domain.testing;

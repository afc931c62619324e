/** Hostile requests through the real server: each answer is Coachcal's own page or problem, never a 500. */
package app.coachcal.web.hostile;

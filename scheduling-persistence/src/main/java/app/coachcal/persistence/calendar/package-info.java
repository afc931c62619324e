/** What a coach's calendar is made of: office hours and the coaching relationships that book into it. */
package app.coachcal.persistence.calendar;

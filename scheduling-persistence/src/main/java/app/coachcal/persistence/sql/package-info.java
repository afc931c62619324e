/** Small helpers for native SQL: reading columns, writing parameters, naming the acting user. */
package app.coachcal.persistence.sql;

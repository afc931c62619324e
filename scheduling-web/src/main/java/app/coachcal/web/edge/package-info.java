/** What every answer carries whatever the request says: URLs on the public address, cookie attributes. */
package app.coachcal.web.edge;

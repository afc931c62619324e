/** Tests of the client pages through the real server: without script (HtmlUnit, Lynx), with script and axe-core (Chromium). */
package app.coachcal.web.client;

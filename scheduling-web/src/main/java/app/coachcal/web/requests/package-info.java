/** What ties one request together: its id in the answer and in the log, and its timing. */
package app.coachcal.web.requests;

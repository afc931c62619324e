/** The signed-in person's own account: changing the password (forced while a temporary one is in use) and personal API tokens. */
package app.coachcal.admin.account;

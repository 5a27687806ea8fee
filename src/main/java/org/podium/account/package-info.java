/**
 * Accounts and roles: residents who register themselves (with a verified e-mail address), staff accounts that an
 * administrator creates, password hashing and policy, login throttling, and the authentication of pages (a form and
 * a session) and of the API (HTTP Basic) against the same accounts.
 */
package org.podium.account;

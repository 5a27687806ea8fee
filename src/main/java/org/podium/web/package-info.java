/**
 * What every page shares: the reader's language, dates in the council's time zone, messages from the bundle,
 * the security headers, and the mapping of business-rule failures to messages beside the field at fault.
 */
package org.podium.web;

/**
 * The official record of a meeting: finalized by a clerk after adjournment, chained entry by entry (SHA-256) so that
 * any later change shows, exported as JSON, CSV and PDF for the minutes and the city's open-data portal.
 */
package org.podium.record;

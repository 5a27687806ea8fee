/**
 * What the public said on an agenda item, at a glance: counts by declared position and by the analysis' reading,
 * channel, ward, campaigns, topics with typical quotes, arrivals over time, speakers — for council members, and as
 * open data.
 */
package org.podium.summary;

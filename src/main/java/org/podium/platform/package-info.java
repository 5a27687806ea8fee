/**
 * What every feature stands on: configuration, the data source and its migrations, time, the error hierarchy,
 * message bundles, security headers, the REST application and its problem responses, health.
 */
package org.podium.platform;

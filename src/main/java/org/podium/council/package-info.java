/** The council's own rules, kept by its administrators: here, those for written comments. */
package org.podium.council;

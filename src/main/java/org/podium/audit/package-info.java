/** The audit trail: every staff decision, who took it and when. Rows are only ever inserted. */
package org.podium.audit;

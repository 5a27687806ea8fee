/** Speakers: a meeting's speaking rules, residents' sign-ups to speak, the waitlist and the draw. */
package org.podium.speaker;

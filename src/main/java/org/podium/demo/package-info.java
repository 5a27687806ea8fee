/** Demo data for trials: realistic meetings and one account per role, only in demo mode. */
package org.podium.demo;

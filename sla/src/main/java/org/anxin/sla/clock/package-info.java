/**
 * SLA clocks: a budget of business time on a calendar, started (possibly retroactively), paused,
 * resumed and stopped at given instants, and read at any instant as running, paused, met or
 * breached, with elapsed and remaining business time, warnings and escalation levels. Clocks are
 * immutable values; each operation returns a new clock.
 */
package org.anxin.sla.clock;

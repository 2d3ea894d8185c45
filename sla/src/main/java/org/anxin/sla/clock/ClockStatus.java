package org.anxin.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A clock read at one instant.
 *
 * @param at the instant the clock was read at
 * @param state running, paused, met or breached
 * @param elapsed business time counted so far (pauses excluded; up to the stop once stopped)
 * @param remaining budget minus elapsed; negative once the budget is overrun
 * @param deadline the deadline as known at {@code at}; while paused, the deadline if the clock
 *     resumed at {@code at} (or at its stop)
 * @param warnings the warning percentages reached, in increasing order
 * @param escalation the highest escalation level reached, if any
 * @param calendarVersion the version of the calendar the clock runs on
 */
public record ClockStatus(
    Instant at,
    ClockState state,
    Duration elapsed,
    Duration remaining,
    Instant deadline,
    List<Integer> warnings,
    Optional<EscalationLevel> escalation,
    String calendarVersion) {

  public ClockStatus {
    warnings = List.copyOf(warnings);
  }

  /** The escalation level reached, 0 for none. */
  public int escalationLevel() {
    return escalation.map(EscalationLevel::level).orElse(0);
  }
}

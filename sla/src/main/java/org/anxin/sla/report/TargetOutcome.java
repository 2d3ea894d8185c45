package org.anxin.sla.report;

import java.time.Duration;
import java.time.Instant;

/**
 * How one complaint fared on one target at the report's instant.
 *
 * @param elapsed business time from first receipt to the milestone (or to the report's instant
 *     while open), pauses excluded
 * @param deadline the deadline, pauses included
 */
public record TargetOutcome(Kind kind, Duration elapsed, Instant deadline) {

  /** The four cases of the report conventions. */
  public enum Kind {
    /** Milestone reached on or before the deadline: counted, met. */
    MET,
    /** Milestone reached after the deadline: counted, breach. */
    LATE,
    /** Milestone not reached and the deadline passed: counted, breach. */
    OPEN_BREACHED,
    /** Milestone not reached, deadline not passed: left out of N. */
    OPEN_WITHIN_DEADLINE
  }

  /** Whether the milestone was reached (the percentiles' population). */
  public boolean closed() {
    return kind == Kind.MET || kind == Kind.LATE;
  }

  /** Whether the complaint counts in N. */
  public boolean counted() {
    return kind != Kind.OPEN_WITHIN_DEADLINE;
  }

  /** Whether it is a breach. */
  public boolean breach() {
    return kind == Kind.LATE || kind == Kind.OPEN_BREACHED;
  }
}

package org.anxin.sla.clock;

/** Where an SLA clock stands at an instant. */
public enum ClockState {
  /** Started, not paused, deadline not passed. */
  RUNNING,
  /** Paused (waiting on the customer): the deadline moves while it lasts. */
  PAUSED,
  /** Stopped on or before its deadline. */
  MET,
  /** Its deadline has passed without a stop, or it was stopped after its deadline. */
  BREACHED
}

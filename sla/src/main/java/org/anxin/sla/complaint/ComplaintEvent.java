package org.anxin.sla.complaint;

import java.time.Instant;

/** A dated event in a complaint's handling. */
public sealed interface ComplaintEvent {

  /** When it happened (not when it was recorded). */
  Instant at();

  /** The customer complained: every clock starts here, even if recorded later. */
  record Received(Instant at) implements ComplaintEvent {}

  /** The complaint was recorded in the ticket system (may be after the first response). */
  record Registered(Instant at) implements ComplaintEvent {}

  /** First contact with the customer by the handler. */
  record Responded(Instant at) implements ComplaintEvent {}

  /** A solution was proposed to the customer. */
  record SolutionProposed(Instant at) implements ComplaintEvent {}

  /** The complaint was closed as resolved. */
  record Resolved(Instant at) implements ComplaintEvent {}

  /** A resolved complaint was opened again; its clocks run on from the first receipt. */
  record Reopened(Instant at) implements ComplaintEvent {}

  /** Escalated to a level (1 = team lead, …). */
  record Escalated(Instant at, int level) implements ComplaintEvent {}

  /** The clocks stop counting, e.g. while waiting for the customer. */
  record Paused(Instant at) implements ComplaintEvent {}

  /** The clocks count again. */
  record Resumed(Instant at) implements ComplaintEvent {}
}

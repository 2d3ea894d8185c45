package org.anxin.sla.policy;

import java.time.Instant;
import java.util.Optional;
import org.anxin.sla.complaint.ComplaintSummary;

/** The milestones a complaint's targets are measured to, each from its first receipt. */
public enum Milestone {
  /** The first response to the customer. */
  FIRST_RESPONSE("first response"),
  /** The first solution proposed. */
  SOLUTION("solution"),
  /** The final resolution (after any reopening). */
  RESOLUTION("resolution");

  private final String label;

  Milestone(String label) {
    this.label = label;
  }

  /** Human name, e.g. "first response". */
  public String label() {
    return label;
  }

  /** When the complaint reached this milestone, if it has. */
  public Optional<Instant> reachedAt(ComplaintSummary complaint) {
    return switch (this) {
      case FIRST_RESPONSE -> complaint.firstResponse();
      case SOLUTION -> complaint.solution();
      case RESOLUTION -> complaint.resolved();
    };
  }
}

package org.anxin.sla.report;

import java.util.List;
import org.anxin.sla.policy.Milestone;

/**
 * The report for one group of complaints.
 *
 * @param key the group, e.g. {@code 2025-03}, {@code walk-in} or a team's name ({@code all} for
 *     every complaint)
 * @param complaints complaints received by the report's instant
 * @param open of them, not resolved by then
 * @param reopened of them, reopened at least once
 * @param targets one per target of the policy, in milestone order
 */
public record GroupReport(
    Dimension dimension,
    String key,
    int complaints,
    int open,
    int reopened,
    List<TargetReport> targets,
    ObjectiveReport objective) {

  public GroupReport {
    targets = List.copyOf(targets);
  }

  /** The report of the target for {@code milestone}. */
  public TargetReport target(Milestone milestone) {
    return targets.stream()
        .filter(t -> t.milestone() == milestone)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no target for " + milestone));
  }
}

package org.anxin.staffing.scenario;

import org.anxin.simulator.scenario.Bounds;
import org.anxin.simulator.scenario.Dist;
import org.anxin.simulator.scenario.ScenarioChecks;

/**
 * A resolved complaint comes back with {@code probability}, {@code afterHours} after its
 * resolution, and needs {@code minutes} more work before its final resolution (at most once).
 */
public record Reopen(double probability, Dist afterHours, Dist minutes) {

  /** How long after its resolution a complaint may come back: up to 60 days. */
  public static final Bounds AFTER_HOURS = new Bounds(0, 60 * 24);

  void validate(String field) {
    ScenarioChecks.probability(field + ".probability", probability);
    Checks.duration(field + ".afterHours", afterHours, AFTER_HOURS);
    Checks.duration(field + ".minutes", minutes, StageWork.MINUTES);
  }
}

package org.anxin.staffing.scenario;

import org.anxin.simulator.scenario.Bounds;
import org.anxin.simulator.scenario.Dist;
import org.anxin.simulator.scenario.ScenarioChecks;

/**
 * A wait that pauses the complaint's clocks (the customer's documents, a third party's answer): it
 * happens with {@code probability} and lasts {@code hours}.
 */
public record Wait(double probability, Dist hours) {

  /** Waits: up to 60 days. */
  public static final Bounds HOURS = new Bounds(0, 60 * 24);

  void validate(String field) {
    ScenarioChecks.probability(field + ".probability", probability);
    Checks.duration(field + ".hours", hours, HOURS);
  }
}

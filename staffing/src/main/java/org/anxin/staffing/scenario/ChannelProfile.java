package org.anxin.staffing.scenario;

import java.util.List;
import org.anxin.simulator.scenario.ScenarioChecks;

/**
 * One channel's arrivals: its share of the complaints and when in the day they come.
 *
 * @param share the channel's share of all complaints (the three shares are normalised)
 * @param hourWeights 24 weights, hour 0 first: a complaint's hour is drawn in proportion to them
 *     and its minute and second uniformly within the hour; walk-ins have 0 outside store hours
 */
public record ChannelProfile(double share, List<Double> hourWeights) {

  /** Defensive copy; null stays for validation to name. */
  public ChannelProfile {
    hourWeights = hourWeights == null ? null : List.copyOf(hourWeights);
  }

  void validate(String field) {
    ScenarioChecks.inRange(field + ".share", share, 0, 1);
    Checks.weights(field + ".hourWeights", hourWeights, 24);
  }
}

package org.anxin.simulator.scenario;

import java.util.Map;
import java.util.TreeMap;

/**
 * A stress regime: multipliers on the probabilities of named risks, e.g. a credit squeeze that
 * triples financing failures, and optionally a harder resale market for broken chains.
 *
 * @param description what the regime represents
 * @param multipliers by risk name ({@link RiskKind#key()}), the factor on its probability
 * @param rescueProbability while the regime is in force, the chance that a resale buyer is found at
 *     all for the home of a broken funding sale, instead of {@code swap.rescueProbability}; {@code
 *     null} leaves that one in force
 */
public record StressRegime(
    String description, Map<String, Double> multipliers, Double rescueProbability) {

  public StressRegime {
    multipliers = multipliers == null ? Map.of() : new TreeMap<>(multipliers);
  }

  /** The factor on {@code kind}'s probability (1 when the regime does not name it). */
  public double multiplier(RiskKind kind) {
    return multipliers.getOrDefault(kind.key(), 1.0);
  }

  /** The chance of a rescue buyer under this regime, {@code swap}'s when it sets none. */
  public double rescueProbability(Swap swap) {
    return rescueProbability == null ? swap.rescueProbability() : rescueProbability;
  }

  void validate(String field, Risks risks) {
    if (rescueProbability != null) {
      ScenarioChecks.probability(field + ".rescueProbability", rescueProbability);
    }
    multipliers.forEach(
        (key, factor) -> {
          String path = field + ".multipliers." + key;
          RiskKind kind = RiskKind.ofKey(path, key);
          ScenarioChecks.inRange(path, factor == null ? Double.NaN : factor, 0, 1000);
          double stressed = risks.spec(kind).probability() * factor;
          if (stressed > 1) {
            throw ScenarioChecks.invalid(
                path, factor, "makes the probability of " + key + " " + stressed + ", above 1");
          }
        });
  }
}

package org.anxin.simulator.scenario;

import java.util.Map;
import java.util.TreeMap;

/**
 * Named stress regimes and the one in force.
 *
 * @param regime the regime in force, or {@code none}
 * @param regimes the regimes this scenario knows, by name
 */
public record Stress(String regime, Map<String, StressRegime> regimes) {

  /** The name meaning "no stress". */
  public static final String NONE = "none";

  public Stress {
    regimes = regimes == null ? Map.of() : new TreeMap<>(regimes);
  }

  /** The regime in force, or {@code null} for none. */
  public StressRegime active() {
    return NONE.equals(regime) ? null : regimes.get(regime);
  }

  void validate(String field, Risks risks) {
    if (regimes.containsKey(NONE)) {
      throw ScenarioChecks.invalid(
          field + ".regimes." + NONE, NONE, "is reserved for no stress; name the regime otherwise");
    }
    if (regime == null || !(NONE.equals(regime) || regimes.containsKey(regime))) {
      throw ScenarioChecks.invalid(
          field + ".regime", regime, "unknown regime; known: none, " + regimes.keySet());
    }
    regimes.forEach(
        (name, stressRegime) ->
            ScenarioChecks.required(field + ".regimes." + name, stressRegime)
                .validate(field + ".regimes." + name, risks));
  }
}

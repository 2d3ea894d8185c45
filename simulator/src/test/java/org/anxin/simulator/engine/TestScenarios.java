package org.anxin.simulator.engine;

import org.anxin.simulator.scenario.RiskKind;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;

/** Scenarios for engine tests: every risk off unless the test turns it on. */
final class TestScenarios {

  private TestScenarios() {}

  /**
   * A scenario over the defaults with every risk at probability 0 and ρ 0 and no per-report claims,
   * except the risks given as YAML lines such as {@code "leak: {probability: 0.05}"}, and every
   * claim filed on its trigger's day unless {@code rest} says otherwise; {@code rest} adds other
   * top-level fields (not {@code risks} or {@code perReport}).
   */
  static Scenario quiet(String rest, String... risks) {
    StringBuilder yaml = new StringBuilder("name: test\n").append(rest).append("\nrisks:\n");
    for (RiskKind kind : RiskKind.values()) {
      String line = kind.key() + ": {probability: 0, rho: 0}";
      for (String risk : risks) {
        if (risk.startsWith(kind.key() + ":")) {
          line = risk;
        }
      }
      yaml.append("  ").append(line).append('\n');
    }
    yaml.append("perReport: {trueListingPerYear: 0, noColdCallsPerYear: 0}\n");
    if (!rest.contains("claims:")) {
      // Every claim filed on the day of its trigger: the engine's mechanics without late filings.
      yaml.append("claims: {filingDelayDays: {dist: fixed, value: 0}}\n");
    }
    return ScenarioLoader.parse(yaml.toString());
  }
}

package org.anxin.simulator.engine;

import java.util.EnumSet;
import java.util.Set;
import org.anxin.simulator.scenario.RiskKind;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;

/** Scenarios for engine tests: every risk off unless the test turns it on. */
final class TestScenarios {

  /** The risks whose guarantee has a window on when the fact may come to light. */
  static final Set<RiskKind> WINDOWED =
      EnumSet.of(
          RiskKind.FEE_ARREARS, RiskKind.LEAK, RiskKind.STIGMATIZED_HOME, RiskKind.RADIATION);

  private static final String FOUND_AT_ONCE = "discoveryDelayDays: {dist: fixed, value: 0}";

  private TestScenarios() {}

  /**
   * A scenario over the defaults with every risk at probability 0 and ρ 0 and no per-report claims,
   * except the risks given as YAML lines such as {@code "leak: {probability: 0.05}"}, every fact
   * found on the day its window opens unless the risk's line says otherwise, and every claim filed
   * on its trigger's day unless {@code rest} says otherwise; {@code rest} adds other top-level
   * fields (not {@code risks} or {@code perReport}).
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
      if (WINDOWED.contains(kind) && !line.contains("discoveryDelayDays")) {
        line = line.substring(0, line.lastIndexOf('}')) + ", " + FOUND_AT_ONCE + "}";
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

package org.anxin.staffing.scenario;

import org.anxin.simulator.scenario.ScenarioChecks;

/**
 * The monthly objective, in whole percent of the month's counted complaints: a month meets it when
 * each target's met ratio reaches its threshold (the 30124 promise: resolution within 24 hours for
 * at least 90 %).
 */
public record Objectives(int response, int solution, int resolution) {

  void validate(String field) {
    ScenarioChecks.inRange(field + ".response", response, 0, 100);
    ScenarioChecks.inRange(field + ".solution", solution, 0, 100);
    ScenarioChecks.inRange(field + ".resolution", resolution, 0, 100);
  }
}

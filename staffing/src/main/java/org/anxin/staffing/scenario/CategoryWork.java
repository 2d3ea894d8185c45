package org.anxin.staffing.scenario;

import org.anxin.simulator.scenario.ScenarioChecks;

/**
 * The work of one category of complaint. Every complaint is first responded to; then comes the
 * solution, then the closure (its resolution). {@code waitForCustomer} pauses the clocks after the
 * response, before the solution work; {@code waitForThirdParty} after the solution, before the
 * closure work; each only when a team works on the stage after it.
 */
public record CategoryWork(
    StageWork response,
    StageWork solution,
    StageWork closure,
    Wait waitForCustomer,
    Wait waitForThirdParty,
    Reopen reopen) {

  void validate(String field) {
    ScenarioChecks.required(field + ".response", response).validate(field + ".response", false);
    ScenarioChecks.required(field + ".solution", solution).validate(field + ".solution", true);
    ScenarioChecks.required(field + ".closure", closure).validate(field + ".closure", true);
    ScenarioChecks.required(field + ".waitForCustomer", waitForCustomer)
        .validate(field + ".waitForCustomer");
    ScenarioChecks.required(field + ".waitForThirdParty", waitForThirdParty)
        .validate(field + ".waitForThirdParty");
    ScenarioChecks.required(field + ".reopen", reopen).validate(field + ".reopen");
  }

  /** The skill that does reworking after a reopening: the last stage anybody works on. */
  public String reworkSkill() {
    if (closure.isWorked()) {
      return closure.skill();
    }
    return solution.isWorked() ? solution.skill() : response.skill();
  }
}

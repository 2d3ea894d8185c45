package org.anxin.staffing.scenario;

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
    Checks.required(field + ".response", response).validate(field + ".response", false);
    Checks.required(field + ".solution", solution).validate(field + ".solution", true);
    Checks.required(field + ".closure", closure).validate(field + ".closure", true);
    Checks.required(field + ".waitForCustomer", waitForCustomer)
        .validate(field + ".waitForCustomer");
    Checks.required(field + ".waitForThirdParty", waitForThirdParty)
        .validate(field + ".waitForThirdParty");
    Checks.required(field + ".reopen", reopen).validate(field + ".reopen");
  }

  /** The skill that does reworking after a reopening: the last stage anybody works on. */
  public String reworkSkill() {
    if (closure.isWorked()) {
      return closure.skill();
    }
    return solution.isWorked() ? solution.skill() : response.skill();
  }
}

package org.anxin.staffing.scenario;

import org.anxin.simulator.scenario.Bounds;
import org.anxin.simulator.scenario.Dist;
import org.anxin.simulator.scenario.ScenarioChecks;

/**
 * Who does one stage of a complaint and how long it takes.
 *
 * @param skill the skill of the team that does it, or {@code none}: the stage's milestone is then
 *     reached when the stage before it ends (a first-contact solution, a closure with the solution)
 * @param minutes the handling time, minutes; absent for {@code none}
 */
public record StageWork(String skill, Dist minutes) {

  /** The skill of a stage nobody works on. */
  public static final String NONE = "none";

  /** Handling times: up to a week of work on one stage. */
  public static final Bounds MINUTES = new Bounds(0, 7 * 24 * 60);

  /** Whether a team works on this stage. */
  public boolean isWorked() {
    return !NONE.equals(skill);
  }

  void validate(String field, boolean mayBeNone) {
    ScenarioChecks.required(field + ".skill", skill);
    if (!isWorked()) {
      if (!mayBeNone) {
        throw ScenarioChecks.invalid(
            field + ".skill", skill, "every complaint needs a first response");
      }
      if (minutes != null) {
        throw ScenarioChecks.invalid(
            field + ".minutes", minutes, "a stage with skill none has no work");
      }
      return;
    }
    Checks.duration(field + ".minutes", minutes, MINUTES);
  }
}

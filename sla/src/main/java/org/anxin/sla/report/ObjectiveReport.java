package org.anxin.sla.report;

import org.anxin.sla.policy.PortfolioObjective;

/**
 * The portfolio objective over a group.
 *
 * @param counted N of the objective's target
 * @param allowedBreaches floor((100 − percent) × N / 100)
 * @param breaches breaches of the objective's target
 * @param errorBudgetLeft allowed breaches − breaches; negative once the objective is missed
 */
public record ObjectiveReport(
    PortfolioObjective objective,
    int counted,
    long allowedBreaches,
    long breaches,
    long errorBudgetLeft,
    ObjectiveStatus status) {

  static ObjectiveReport of(PortfolioObjective objective, TargetReport target) {
    long allowed = objective.allowedBreaches(target.counted());
    long left = allowed - target.breaches();
    ObjectiveStatus status;
    if (target.counted() == 0) {
      status = ObjectiveStatus.NO_DATA;
    } else {
      status = left >= 0 ? ObjectiveStatus.MET : ObjectiveStatus.MISSED;
    }
    return new ObjectiveReport(
        objective, target.counted(), allowed, target.breaches(), left, status);
  }
}

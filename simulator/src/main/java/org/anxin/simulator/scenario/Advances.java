package org.anxin.simulator.scenario;

/**
 * How an advance (垫付) comes back, drawn when it is paid.
 *
 * @param recoveredShare the share eventually recovered from the liable party (the rest is written
 *     off)
 * @param recoveryDelayDays days from the payment to the recovery
 */
public record Advances(Dist recoveredShare, Dist recoveryDelayDays) {

  void validate(String field) {
    ScenarioChecks.dist(field + ".recoveredShare", recoveredShare, Bounds.SHARE);
    ScenarioChecks.days(field + ".recoveryDelayDays", recoveryDelayDays);
  }
}

package org.anxin.simulator.scenario;

/**
 * New-home deals (新房): subscription (认购) → contract → handover.
 *
 * @param price the price in yuan
 * @param subscription the subscription money (认购金) in yuan
 * @param daysToContract days from the subscription to the contract
 * @param daysToHandover days from the contract to the handover
 */
public record NewHome(Dist price, Dist subscription, Dist daysToContract, Dist daysToHandover) {

  void validate(String field) {
    ScenarioChecks.dist(field + ".price", price, Bounds.PRICE);
    ScenarioChecks.dist(field + ".subscription", subscription, Bounds.SUBSCRIPTION);
    ScenarioChecks.days(field + ".daysToContract", daysToContract);
    ScenarioChecks.days(field + ".daysToHandover", daysToHandover);
  }
}

package org.anxin.simulator.scenario;

/**
 * How a bought-back home (回购) is sold again.
 *
 * @param resaleDiscount the discount on the price paid when the broker resells it
 */
public record BuyBack(Dist resaleDiscount) {

  void validate(String field) {
    ScenarioChecks.dist(field + ".resaleDiscount", resaleDiscount, Bounds.SHARE);
  }
}

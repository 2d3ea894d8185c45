package org.anxin.simulator.scenario;

/**
 * How a bought-back home (回购) is sold again.
 *
 * @param resaleDiscount the discount on the price paid when the broker resells it
 * @param resaleDelayDays the days the broker holds the home, from the buy-back to its resale: the
 *     price paid is cash out and outstanding until then
 */
public record BuyBack(Dist resaleDiscount, Dist resaleDelayDays) {

  void validate(String field) {
    ScenarioChecks.dist(field + ".resaleDiscount", resaleDiscount, Bounds.SHARE);
    ScenarioChecks.days(field + ".resaleDelayDays", resaleDelayDays);
  }
}

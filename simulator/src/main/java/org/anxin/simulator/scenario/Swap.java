package org.anxin.simulator.scenario;

/**
 * Sell-to-buy swap chains (换房, 连环单) among the resale deals: in a chain the first deal's sale funds
 * the next deal's purchase, and so on.
 *
 * @param share the share of resale deals that belong to a chain
 * @param linksPerChain funding links per chain (a chain of k links has k + 1 deals)
 * @param rescueProbability the chance that a buyer is found at all for a resale of the home whose
 *     sale broke; whether the resale comes in time is {@code resaleDelayDays}' to decide
 * @param resaleWindowDays how long the resale window stays open after the break: a resale on or
 *     before its last day rescues the purchase
 * @param resaleDelayDays the days from the break to the resale, when a buyer is found
 */
public record Swap(
    double share,
    Dist linksPerChain,
    double rescueProbability,
    int resaleWindowDays,
    Dist resaleDelayDays) {

  void validate(String field) {
    ScenarioChecks.probability(field + ".share", share);
    ScenarioChecks.dist(field + ".linksPerChain", linksPerChain, Bounds.LINKS);
    if (linksPerChain instanceof Dist.LogNormal) {
      // The book's layout takes evenly spread quantiles of a bounded, countable distribution.
      throw ScenarioChecks.invalid(
          field + ".linksPerChain.dist", "lognormal", "must be fixed, discrete or uniform");
    }
    ScenarioChecks.probability(field + ".rescueProbability", rescueProbability);
    ScenarioChecks.inRange(field + ".resaleWindowDays", resaleWindowDays, 0, 365);
    ScenarioChecks.days(field + ".resaleDelayDays", resaleDelayDays);
  }
}

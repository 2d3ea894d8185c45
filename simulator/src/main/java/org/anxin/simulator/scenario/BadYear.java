package org.anxin.simulator.scenario;

/**
 * How a bad year reaches the amounts that follow an incident, not only how many incidents there
 * are. The trial's market factor Z (low Z: a bad year, when every risk strikes more often) also
 * moves these quantities, each by a one-factor Gaussian copula with its loading λ as the weight of
 * the year in its latent normal ({@code engine.MarketLoading}):
 *
 * <ul>
 *   <li>the share of an advance recovered: less in a bad year;
 *   <li>the days until it is recovered: longer;
 *   <li>the discount a bought-back home is resold at: deeper;
 *   <li>the days until the home of a broken funding sale is resold: longer.
 * </ul>
 *
 * Each quantity keeps its own distribution over all years exactly; only its co-movement with the
 * year changes. A loading of 0 makes it independent of Z (the engine then draws it as it did before
 * loadings), 1 a function of Z alone. docs/calibration.md argues the defaults.
 *
 * @param recoveredShare λ of the share of an advance recovered
 * @param recoveryDelayDays λ of the days until an advance is recovered
 * @param resaleDiscount λ of the discount at which a bought-back home is resold
 * @param resaleDelayDays λ of the days until the home of a broken funding sale is resold
 */
public record BadYear(
    double recoveredShare,
    double recoveryDelayDays,
    double resaleDiscount,
    double resaleDelayDays) {

  /** The largest loading: at λ = 1 the quantity is its distribution's quantile at Φ(∓Z). */
  public static final double MAX_LOADING = 1.0;

  void validate(String field) {
    ScenarioChecks.inRange(field + ".recoveredShare", recoveredShare, 0, MAX_LOADING);
    ScenarioChecks.inRange(field + ".recoveryDelayDays", recoveryDelayDays, 0, MAX_LOADING);
    ScenarioChecks.inRange(field + ".resaleDiscount", resaleDiscount, 0, MAX_LOADING);
    ScenarioChecks.inRange(field + ".resaleDelayDays", resaleDelayDays, 0, MAX_LOADING);
  }
}

package org.anxin.simulator.scenario;

/**
 * How a bad year reaches the amounts that follow an incident, not only how many incidents there
 * are. The trial's market factor Z (low Z: a bad year, when every risk strikes more often) also
 * scales these draws of the trial's incidents by a factor with mean 1 over Z ~ N(0, 1):
 *
 * <ul>
 *   <li>the share of an advance recovered: x · exp(λ·Z − λ²/2), less in a bad year, at most 1;
 *   <li>the days until it is recovered: x · exp(−λ·Z − λ²/2), longer in a bad year;
 *   <li>the discount a bought-back home is resold at: x · exp(−λ·Z − λ²/2), deeper, at most 1;
 *   <li>the days until the home of a broken funding sale is resold: longer.
 * </ul>
 *
 * A loading λ of 0 makes the quantity independent of Z (the factor is exactly 1); the averages over
 * all years stay those of the quantity's own distribution (up to the caps), so a loading moves cost
 * into bad years without changing the typical one. docs/calibration.md argues the defaults.
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

  /** The largest loading: at λ = 1 a 1-in-200 year (Z = −2.58) scales a quantity 8-fold. */
  public static final double MAX_LOADING = 1.0;

  void validate(String field) {
    ScenarioChecks.inRange(field + ".recoveredShare", recoveredShare, 0, MAX_LOADING);
    ScenarioChecks.inRange(field + ".recoveryDelayDays", recoveryDelayDays, 0, MAX_LOADING);
    ScenarioChecks.inRange(field + ".resaleDiscount", resaleDiscount, 0, MAX_LOADING);
    ScenarioChecks.inRange(field + ".resaleDelayDays", resaleDelayDays, 0, MAX_LOADING);
  }
}

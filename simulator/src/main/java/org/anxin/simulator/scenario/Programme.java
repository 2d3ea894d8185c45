package org.anxin.simulator.scenario;

/**
 * How a trial runs on past its first year when a run simulates a programme of several years ({@code
 * anxin simulate --years K}): a path of K consecutive calendar years in which the book grows and
 * the market state persists. With one year neither is used.
 *
 * <p>The book of path year {@code y} (0 for the first) has {@code round(deals × (1 + growth)^y)}
 * deals, laid out as the first year's; the market factor follows an AR(1) process {@code Z_y = φ ·
 * Z_(y−1) + √(1 − φ²) · ε_y}, so every year's Z is standard normal, as a one-year trial's, and a
 * bad year tends to be followed by another when the persistence φ is above 0.
 *
 * @param growth the book's growth a year, −0.5 to 1 (0.02: 2 % more deals each year)
 * @param persistence φ, the correlation of one year's market factor with the next's, 0 to 0.99
 */
public record Programme(double growth, double persistence) {

  /** The most years a path may have. */
  public static final int MAX_YEARS = 50;

  void validate(String field) {
    ScenarioChecks.inRange(field + ".growth", growth, -0.5, 1);
    ScenarioChecks.inRange(field + ".persistence", persistence, 0, 0.99);
  }

  /** The deals of path year {@code year} (0 for the first) of a book of {@code deals}. */
  public long dealsInYear(long deals, int year) {
    return Math.round(deals * StrictMath.pow(1 + growth, year));
  }
}

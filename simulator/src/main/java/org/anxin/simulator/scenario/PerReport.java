package org.anxin.simulator.scenario;

/**
 * The guarantees paid per report or call rather than per deal: yearly counts, drawn from a Poisson
 * distribution with the given mean.
 *
 * @param trueListingPerYear verified fake-listing reports a year (TRUE_LISTING)
 * @param noColdCallsPerYear unwanted marketing calls reported a year (NO_COLD_CALLS)
 */
public record PerReport(double trueListingPerYear, double noColdCallsPerYear) {

  void validate(String field) {
    ScenarioChecks.inRange(field + ".trueListingPerYear", trueListingPerYear, 0, 1e7);
    ScenarioChecks.inRange(field + ".noColdCallsPerYear", noColdCallsPerYear, 0, 1e7);
  }
}

package org.anxin.simulator.scenario;

/**
 * How customers file their claims.
 *
 * @param filingDelayDays the days from the event a guarantee's filing window counts from (the
 *     seizure found, the deal cancelled, the leak found, …) to the customer's filing; a filing
 *     after the catalog's window is rejected, as {@code claims assess} rejects it
 */
public record Claims(Dist filingDelayDays) {

  void validate(String field) {
    ScenarioChecks.days(field + ".filingDelayDays", filingDelayDays);
  }
}

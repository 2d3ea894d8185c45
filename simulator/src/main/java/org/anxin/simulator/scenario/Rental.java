package org.anxin.simulator.scenario;

/**
 * Rental deals (租赁): lease signed with a security deposit → move-in → move-out and deposit return.
 *
 * @param monthlyRent the monthly rent in yuan
 * @param depositMonths the security deposit (押金) in months of rent
 * @param commissionMonths the commission in months of rent
 * @param daysToMoveIn days from the lease to the move-in
 * @param tenancyDays days from the move-in to the move-out
 */
public record Rental(
    Dist monthlyRent,
    Dist depositMonths,
    double commissionMonths,
    Dist daysToMoveIn,
    Dist tenancyDays) {

  void validate(String field) {
    ScenarioChecks.dist(field + ".monthlyRent", monthlyRent, 1, 1e7);
    ScenarioChecks.dist(field + ".depositMonths", depositMonths, 0, 24);
    ScenarioChecks.inRange(field + ".commissionMonths", commissionMonths, 0, 24);
    ScenarioChecks.days(field + ".daysToMoveIn", daysToMoveIn);
    ScenarioChecks.days(field + ".tenancyDays", tenancyDays);
  }
}

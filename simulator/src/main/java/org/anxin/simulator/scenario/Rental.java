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
    ScenarioChecks.dist(field + ".monthlyRent", monthlyRent, Bounds.RENT);
    ScenarioChecks.dist(field + ".depositMonths", depositMonths, Bounds.MONTHS);
    ScenarioChecks.inRange(
        field + ".commissionMonths", commissionMonths, Bounds.MONTHS.min(), Bounds.MONTHS.max());
    ScenarioChecks.days(field + ".daysToMoveIn", daysToMoveIn);
    ScenarioChecks.days(field + ".tenancyDays", tenancyDays);
  }
}

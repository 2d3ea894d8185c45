package org.anxin.simulator.scenario;

/**
 * How often a risk strikes a deal and how hard.
 *
 * @param probability the chance in a year that it strikes a given deal of its segment (for {@code
 *     loanRefused}: a given deal with a loan)
 * @param rho the weight of the market factor (one-factor Gaussian copula): 0 makes deals
 *     independent, larger values make bad years bad for every deal at once
 * @param severity what it costs, in the unit its risk documents (yuan, a share, or days); may be
 *     absent for risks whose cost follows from the deal itself
 * @param litigationCost litigation costs in yuan (only {@code seizureAfterSigning})
 * @param discoveryDelayDays for a risk whose guarantee has a window on when its fact may come to
 *     light ({@code feeArrears}, {@code leak}: the coverage or warranty after the handover; {@code
 *     stigmatizedHome}, {@code radiation}: the discovery window after the transfer), the days from
 *     the window's opening to the day the fact comes to light; absent for the other risks
 */
public record RiskSpec(
    double probability, double rho, Dist severity, Dist litigationCost, Dist discoveryDelayDays) {

  void validate(String field) {
    ScenarioChecks.probability(field + ".probability", probability);
    ScenarioChecks.inRange(field + ".rho", rho, 0, 0.99);
    if (litigationCost != null) {
      ScenarioChecks.dist(field + ".litigationCost", litigationCost, Bounds.AMOUNT);
    }
    if (discoveryDelayDays != null) {
      ScenarioChecks.days(field + ".discoveryDelayDays", discoveryDelayDays);
    }
  }
}

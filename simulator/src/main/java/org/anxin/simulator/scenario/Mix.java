package org.anxin.simulator.scenario;

/**
 * The shares of deal kinds in the book; they sum to 1.
 *
 * @param resale share of resale deals (二手房)
 * @param newHome share of new-home deals (新房)
 * @param rental share of rental deals (租赁)
 */
public record Mix(double resale, double newHome, double rental) {

  void validate(String field) {
    ScenarioChecks.probability(field + ".resale", resale);
    ScenarioChecks.probability(field + ".newHome", newHome);
    ScenarioChecks.probability(field + ".rental", rental);
    double total = resale + newHome + rental;
    if (Math.abs(total - 1.0) > 1e-9) {
      throw ScenarioChecks.invalid(field, total, "shares must sum to 1");
    }
  }

  /**
   * Splits {@code deals} into whole counts per kind that add up exactly, by largest remainder (ties
   * to the earlier kind), so the book is the same on every run.
   */
  public int[] split(long deals) {
    double[] shares = {resale, newHome, rental};
    int[] counts = new int[3];
    double[] remainders = new double[3];
    long assigned = 0;
    for (int i = 0; i < 3; i++) {
      double exact = shares[i] * (double) deals;
      counts[i] = (int) Math.floor(exact);
      remainders[i] = exact - counts[i];
      assigned += counts[i];
    }
    for (long left = deals - assigned; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < 3; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      counts[best]++;
      remainders[best] = -1;
    }
    return counts;
  }
}

package org.anxin.staffing.queue;

/**
 * Splits a whole number of seats over shares by the Sainte-Laguë (Webster) divisor method, seat by
 * seat: each next seat goes to the share with the largest {@code weight / (2·seats + 1)}, ties to
 * the earliest. Unlike largest remainders it is house-monotone: one more seat in total never takes
 * a seat from any share (no Alabama paradox), so a larger headcount's roster holds every seat of a
 * smaller one and a headcount sweep compares nested rosters.
 */
public final class Apportionment {

  private Apportionment() {}

  /** The seats of each share when {@code total} seats are split over {@code weights}. */
  public static int[] split(int total, double[] weights) {
    int[] seats = new int[weights.length];
    for (int s = 0; s < total; s++) {
      int best = -1;
      double bestQuotient = -1;
      for (int i = 0; i < weights.length; i++) {
        if (weights[i] <= 0) {
          continue;
        }
        double quotient = weights[i] / (2.0 * seats[i] + 1);
        if (quotient > bestQuotient) {
          bestQuotient = quotient;
          best = i;
        }
      }
      if (best < 0) {
        throw new IllegalArgumentException("no share has a positive weight");
      }
      seats[best]++;
    }
    return seats;
  }
}

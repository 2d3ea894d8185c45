package org.anxin.staffing.queue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

/** Sainte-Laguë: every seat given, and house-monotone. */
class ApportionmentTest {

  @Test
  void oneMoreSeatNeverTakesASeatAwayAndEverySeatIsGiven() {
    qt().forAll(
            lists().of(doubles().between(0.01, 10)).ofSizeBetween(1, 8), integers().between(0, 300))
        .checkAssert(
            (weights, total) -> {
              double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
              int[] seats = Apportionment.split(total, w);
              int[] more = Apportionment.split(total + 1, w);
              int sum = 0;
              int grown = 0;
              for (int i = 0; i < w.length; i++) {
                sum += seats[i];
                assertTrue(more[i] >= seats[i], "share " + i + " lost a seat");
                grown += more[i] - seats[i];
              }
              assertEquals(total, sum);
              assertEquals(1, grown);
            });
  }

  @Test
  void theDefaultRosterSplitOfTenSeats() {
    // Team shares 0.3 and 0.7 times their shifts' (0.4, 0.4, 0.2) and (0.55, 0.35, 0.1): quotas
    // 1.2, 1.2, 0.6, 3.85, 2.45 and 0.7 seats.
    assertArrayEquals(
        new int[] {1, 1, 1, 4, 2, 1},
        Apportionment.split(10, new double[] {0.12, 0.12, 0.06, 0.385, 0.245, 0.07}));
  }
}

package org.anxin.simulator.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogFactorialTest {

  @Test
  void matchesReferenceValues() {
    // ln k! by mpmath's loggamma(k + 1), 50 digits.
    double[][] cases = {
      {0, 0.0},
      {1, 0.0},
      {5, 4.7874917427820459942},
      {10, 15.104412573075515295},
      {29, 71.25703896716800901},
      {30, 74.658236348830164385},
      {31, 78.092223553315310631},
      {100, 363.73937555556349014},
      {1e6, 12815518.384658169624},
      {1e12, 26631021115943.282657},
    };
    for (double[] c : cases) {
      double actual = LogFactorial.lnFactorial((long) c[0]);
      assertEquals(c[1], actual, 4e-16 * Math.max(1.0, c[1]), "k = " + (long) c[0]);
    }
  }

  @Test
  void tableAndSeriesAgreeWhereTheyMeet() {
    // The four-term series at k = 29 should already match the tabulated value closely.
    double inv = 1.0 / 30.0;
    double series =
        inv / 12 - Math.pow(inv, 3) / 360 + Math.pow(inv, 5) / 1260 - Math.pow(inv, 7) / 1680;
    assertEquals(series, LogFactorial.stirlingRemainder(29), 1e-16);
  }
}

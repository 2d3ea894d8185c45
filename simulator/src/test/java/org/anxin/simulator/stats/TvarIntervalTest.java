package org.anxin.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The TVaR's interval worked out by hand from its definition (docs/statistics.md). */
class TvarIntervalTest {

  @Test
  void aTwoTrialTailWorkedByHand() {
    // 400 trials: k = ⌈400 × 0.005⌉ = 2 tail trials, 10 and 20 fen; VaR = x(398) = 0.
    long[] values = new long[400];
    values[17] = 20;
    values[301] = 10;
    Interval interval = TvarInterval.of(TrialRanking.of(values), new BigDecimal("0.995"));
    // TVaR = 15, s² = 50, (TVaR − VaR)² = 225: Var = (50 + 0.995 × 225) / 2 = 136.9375,
    // se = 11.70203... and 1.959964 × se = 22.93556...
    assertEquals(new BigDecimal("-7.9356"), round(interval.lower().orElseThrow()));
    assertEquals(new BigDecimal("37.9356"), round(interval.upper().orElseThrow()));
  }

  @Test
  void oneTailTrialGivesNoInterval() {
    long[] values = new long[150];
    values[3] = 99;
    Interval interval = TvarInterval.of(TrialRanking.of(values), new BigDecimal("0.995"));
    assertTrue(interval.lower().isEmpty() && interval.upper().isEmpty());
  }

  @Test
  void aTailOfEqualValuesAtTheVarIsCertain() {
    long[] values = new long[1_000];
    java.util.Arrays.fill(values, 7);
    Interval interval = TvarInterval.of(TrialRanking.of(values), new BigDecimal("0.995"));
    assertEquals(0, interval.lower().orElseThrow().compareTo(BigDecimal.valueOf(7)));
    assertEquals(0, interval.upper().orElseThrow().compareTo(BigDecimal.valueOf(7)));
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(4, RoundingMode.HALF_EVEN);
  }
}

package org.anxin.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TailSummaryTest {

  /**
   * 1000 trials of 100 fen except seven: 3 and 7 at 950, 10, 500, 600 and 990 at 900, 42 at 899.
   * Ascending (value, trial): ranks 1..993 are the 100s, 994:(899,t42), 995:(900,t10),
   * 996:(900,t500), 997:(900,t600), 998:(900,t990), 999:(950,t3), 1000:(950,t7). The tail has
   * ⌈1000·0.005⌉ = 5 trials, ranks 996..1000: of the four trials at 900, trial 10 (the earliest)
   * ranks lowest and stays out.
   */
  private static long[] total() {
    long[] total = new long[1000];
    java.util.Arrays.fill(total, 100);
    total[3] = 950;
    total[7] = 950;
    total[10] = 900;
    total[500] = 900;
    total[600] = 900;
    total[990] = 900;
    total[42] = 899;
    return total;
  }

  /** Two components adding up to the total; negative parts (recoveries) allowed. */
  private static long[][] components(long[] total) {
    long[] a = new long[total.length];
    long[] b = new long[total.length];
    for (int t = 0; t < total.length; t++) {
      a[t] = 60;
      b[t] = 40;
    }
    long[][] split = {
      {3, 950, 0},
      {7, 450, 500},
      {10, 0, 900},
      {500, 900, 0},
      {600, 300, 600},
      {990, 1000, -100},
      {42, 899, 0}
    };
    for (long[] s : split) {
      a[(int) s[0]] = s[1];
      b[(int) s[0]] = s[2];
    }
    return new long[][] {a, b};
  }

  @Test
  void tailTrialsContributionsAndVarFollowTheTieRule() {
    long[] total = total();
    TailSummary tail = TailSummary.of(total, components(total));

    assertEquals(new BigDecimal("0.995"), tail.level());
    assertEquals(5, tail.tailTrials());
    assertEquals(List.of(7, 3, 990, 600, 500), tail.worstTrials());
    // VaR: rank ⌈995⌉ = 995, the earliest of the 900s.
    assertEquals(new Quantile(new BigDecimal("0.995"), 995, 10, 900), tail.valueAtRisk());
    // TVaR = (950 + 950 + 900·3)/5 = 920.
    assertEquals(ExactMean.of(4600, 5), tail.tvar());
    // A over the tail: (450 + 950 + 1000 + 300 + 900)/5 = 720; B: (500 + 0 − 100 + 600 + 0)/5 =
    // 200.
    assertEquals(List.of(ExactMean.of(3600, 5), ExactMean.of(1000, 5)), tail.contributions());
    assertEquals(tail.tvar(), tail.contributions().get(0).plus(tail.contributions().get(1)));
  }

  @Test
  void fractionalContributionsStillAddUpExactly() {
    // 600 trials: tail of ⌈3⌉ = 3 trials: 400, 401, 402 → TVaR 1203/3 = 401.
    // Components in the tail: a = 1, 1, 1 (1/1... mean 1); b = 133, 134, 134 → 401/3; c = rest.
    long[] total = new long[600];
    long[][] parts = new long[3][600];
    for (int t = 0; t < 600; t++) {
      total[t] = t < 597 ? 10 : 400 + (t - 597);
      parts[0][t] = 1;
      parts[1][t] = t == 597 ? 133 : 134;
      parts[2][t] = total[t] - parts[0][t] - parts[1][t];
    }
    TailSummary tail = TailSummary.of(total, parts);
    assertEquals(ExactMean.of(1203, 3), tail.tvar());
    assertEquals(ExactMean.of(3, 3), tail.contributions().get(0));
    assertEquals(ExactMean.of(401, 3), tail.contributions().get(1)); // 133.67 fen
    assertEquals(ExactMean.of(799, 3), tail.contributions().get(2)); // 266.33 fen
    ExactMean sum = tail.contributions().get(0);
    for (ExactMean c : tail.contributions().subList(1, 3)) {
      sum = sum.plus(c);
    }
    assertEquals(tail.tvar(), sum);
    // Rounded one by one: 1 + 134 + 266 = 401 fen = the rounded TVaR here.
    assertEquals(134L, tail.contributions().get(1).roundHalfEven());
    assertEquals(266L, tail.contributions().get(2).roundHalfEven());
  }

  @Test
  void rejectsComponentsThatDoNotAddUp() {
    long[] total = {10, 20, 30};
    assertThrows(
        IllegalArgumentException.class,
        () -> TailSummary.of(total, new long[][] {{10, 20, 30}, {0, 1, 0}}));
    assertThrows(
        IllegalArgumentException.class, () -> TailSummary.of(total, new long[][] {{10, 20}}));
    TailSummary none = TailSummary.of(new long[] {0, 0}, new long[0][]);
    assertEquals(List.of(), none.contributions());
  }
}

package org.anxin.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order-statistic ranks of a quantile's interval, held to an independent oracle: the same
 * definition evaluated on the binomial distribution in 60-digit decimal arithmetic, term by term
 * from C(n, i) pᶦ qⁿ⁻ᶦ, instead of the fast mode-outward doubles.
 */
class QuantileIntervalTest {

  private static final MathContext DIGITS = new MathContext(60);
  private static final BigDecimal MISS = new BigDecimal("0.025");
  private static final List<String> LEVELS = List.of("0.5", "0.9", "0.99", "0.995", "0.999");

  /** {l, u} by the definition, on exact-enough decimal binomial probabilities. */
  private static int[] oracle(int n, BigDecimal p) {
    BigDecimal q = BigDecimal.ONE.subtract(p);
    // cdf[j] = P(B ≤ j), B ~ Binomial(n, p)
    BigDecimal[] pmf = new BigDecimal[n + 1];
    BigDecimal term = q.pow(n, DIGITS);
    pmf[0] = term;
    for (int i = 0; i < n; i++) {
      term =
          term.multiply(BigDecimal.valueOf(n - i), DIGITS)
              .divide(BigDecimal.valueOf(i + 1), DIGITS)
              .multiply(p, DIGITS)
              .divide(q, DIGITS);
      pmf[i + 1] = term;
    }
    BigDecimal[] cdf = new BigDecimal[n + 1];
    BigDecimal running = BigDecimal.ZERO;
    for (int j = 0; j <= n; j++) {
      running = running.add(pmf[j], DIGITS);
      cdf[j] = running;
    }
    int lower = 0;
    for (int l = n; l >= 1; l--) {
      if (cdf[l - 1].compareTo(MISS) <= 0) {
        lower = l;
        break;
      }
    }
    int upper = n + 1;
    BigDecimal high = BigDecimal.ONE.subtract(MISS);
    for (int u = 1; u <= n; u++) {
      if (cdf[u - 1].compareTo(high) >= 0) {
        upper = u;
        break;
      }
    }
    return new int[] {lower, upper};
  }

  @Test
  void theRanksAreTheDefinitionsForEveryTrialCountAndLevel() {
    qt().withExamples(120)
        .forAll(integers().between(1, 1_500), integers().between(0, LEVELS.size() - 1))
        .checkAssert(
            (n, level) -> {
              BigDecimal p = new BigDecimal(LEVELS.get(level));
              assertArrayEquals(
                  oracle(n, p),
                  QuantileInterval.ranks(n, p.doubleValue(), 0.95),
                  "n = " + n + ", p = " + p);
            });
  }

  @Test
  void largeRunsGiveTheRanksTheBinomialGives() {
    // Worked out with scipy.stats.binom for the documented examples (docs/statistics.md).
    assertArrayEquals(new int[] {9_936, 9_964}, QuantileInterval.ranks(10_000, 0.995, 0.95));
    assertArrayEquals(new int[] {1_983, 1_997}, QuantileInterval.ranks(2_000, 0.995, 0.95));
    assertArrayEquals(new int[] {994_861, 995_139}, QuantileInterval.ranks(1_000_000, 0.995, 0.95));
  }

  @Test
  void tooFewTrialsBeyondTheQuantileGiveNoUpperBound() {
    // 200 trials: the 99.5 % quantile may well lie beyond the largest of them.
    assertArrayEquals(new int[] {197, 201}, QuantileInterval.ranks(200, 0.995, 0.95));
    long[] values = new long[200];
    for (int t = 0; t < values.length; t++) {
      values[t] = 10L * t;
    }
    Interval interval = QuantileInterval.of(TrialRanking.of(values), new BigDecimal("0.995"));
    assertEquals(BigDecimal.valueOf(1_960), interval.lower().orElseThrow());
    assertEquals(true, interval.upper().isEmpty());
  }
}

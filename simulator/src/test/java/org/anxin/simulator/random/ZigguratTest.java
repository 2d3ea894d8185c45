package org.anxin.simulator.random;

import static org.anxin.simulator.random.GoodnessOfFit.assertChiSquareFits;
import static org.anxin.simulator.random.GoodnessOfFit.assertKolmogorovSmirnovFits;
import static org.anxin.simulator.random.GoodnessOfFit.assertWithinStandardErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The ziggurat held to the laws it samples (their exact CDFs, in the body and beyond the layers),
 * to the published tail starts of Marsaglia and Tsang's 256-layer tables, and to its promise to
 * take one position of the stream whatever it rejects.
 */
class ZigguratTest {

  private static final int BINS = 200;

  @Test
  void normalDrawsFitTheStandardNormalLaw() {
    // Bins of equal probability under Φ: a wrong layer, sign or wedge test shows in some of them.
    assertFitsEquiprobableBins("normal", Ziggurat::normal, Normal::cdf, 2_000_000);
  }

  @Test
  void exponentialDrawsFitTheExponentialLaw() {
    assertFitsEquiprobableBins(
        "exponential", Ziggurat::exponential, x -> x <= 0 ? 0 : -Math.expm1(-x), 2_000_000);
  }

  @Test
  void normalsBeyondTheLayersHaveTheTailsProbabilityAndShape() {
    double r = Ziggurat.normalTailStart();
    double tail = Normal.cdf(-r);
    assertTailFits("normal", Ziggurat::normal, r, tail, x -> 1 - Normal.cdf(-x) / tail);
  }

  @Test
  void exponentialsBeyondTheLayersHaveTheTailsProbabilityAndShape() {
    double r = Ziggurat.exponentialTailStart();
    assertTailFits("exponential", Ziggurat::exponential, r, Math.exp(-r), x -> -Math.expm1(r - x));
  }

  @Test
  void tailStartsAreThoseOfMarsagliaAndTsangsTables() {
    // Found here by bisection so that the layers close at f(0); published in their paper (2000).
    assertEquals(3.6541528853610088, Ziggurat.normalTailStart(), 1e-12);
    assertEquals(7.69711747013104972, Ziggurat.exponentialTailStart(), 1e-12);
  }

  @Test
  void aDrawTakesOnePositionWhateverItRejects() {
    // 200 draws an example, about one in a hundred of them through a slow path.
    qt().withExamples(400)
        .forAll(longs().all(), longs().between(0, 1L << 40), integers().between(0, 1))
        .checkAssert(
            (seed, position, which) -> {
              RandomStream stream = new RandomStream(seed).reset(StreamKind.DEAL.tag(), 7, 9);
              stream.skipTo(position);
              RandomStream follower = new RandomStream(seed).reset(StreamKind.DEAL.tag(), 7, 9);
              for (int i = 0; i < 200; i++) {
                double x = which == 0 ? Ziggurat.normal(stream) : Ziggurat.exponential(stream);
                follower.skipTo(position + i + 1);
                assertEquals(
                    follower.nextLong(),
                    new RandomStream(seed).copyPositionOf(stream).nextLong(),
                    "after draw " + i + " = " + x);
              }
            });
  }

  @Test
  void theOverflowRunIsTheStreamFarBeyondEveryPosition() {
    qt().forAll(longs().all(), longs().between(0, (1L << 42) - 1), integers().between(0, 1 << 19))
        .checkAssert(
            (seed, position, k) -> {
              RandomStream stream = RandomStream.at(seed, StreamKind.STRIKES, 3, 1);
              stream.skipTo(position).nextLong();
              long expected =
                  RandomStream.at(seed, StreamKind.STRIKES, 3, 1)
                      .skipTo((1L << 62) + (position << 20) + k)
                      .nextLong();
              assertEquals(expected, stream.overflow(k));
            });
  }

  private static void assertFitsEquiprobableBins(
      String what, ToDoubleFunction<RandomStream> draw, DoubleUnaryOperator cdf, int n) {
    RandomStream stream = RandomStream.at(20220731L, StreamKind.TRIAL, 41, 0);
    long[] counts = new long[BINS];
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double x = draw.applyAsDouble(stream);
      sum += x;
      squares += x * x;
      int bin = (int) (cdf.applyAsDouble(x) * BINS);
      counts[Math.min(bin, BINS - 1)]++;
    }
    double[] expected = new double[BINS];
    Arrays.fill(expected, (double) n / BINS);
    assertChiSquareFits(what, counts, expected);
    // Both laws have variance 1; the sample variance's standard error is √((μ₄ − 1)/n), μ₄ the
    // fourth central moment (3 for the normal, 9 for the exponential).
    boolean normal = what.equals("normal");
    double mean = normal ? 0 : 1;
    double variance = squares / n - (sum / n) * (sum / n);
    assertWithinStandardErrors(what + " mean", sum / n, mean, 1 / Math.sqrt(n));
    assertWithinStandardErrors(
        what + " variance", variance, 1, Math.sqrt(((normal ? 3 : 9) - 1.0) / n));
  }

  /**
   * Draws until about 4,000 values beyond {@code r}, whose share must be {@code tail} (one side)
   * and whose law beyond r must be {@code tailCdf}.
   */
  private static void assertTailFits(
      String what,
      ToDoubleFunction<RandomStream> draw,
      double r,
      double tail,
      DoubleUnaryOperator tailCdf) {
    RandomStream stream = RandomStream.at(7L, StreamKind.STRIKES, 5, 0);
    int n = (int) (4_000 / tail);
    double[] beyond = new double[8_000];
    int count = 0;
    for (int i = 0; i < n; i++) {
      double x = draw.applyAsDouble(stream);
      if (x > r && count < beyond.length) {
        beyond[count++] = x;
      }
    }
    assertWithinStandardErrors(
        what + " beyond " + r, (double) count / n, tail, Math.sqrt(tail * (1 - tail) / n));
    double[] sorted = Arrays.copyOf(beyond, count);
    Arrays.sort(sorted);
    assertKolmogorovSmirnovFits(what + " tail", sorted, tailCdf);
  }
}

package org.anxin.simulator.random;

import static org.anxin.simulator.random.GoodnessOfFit.assertWithinStandardErrors;
import static org.anxin.simulator.random.GoodnessOfFit.meanAndVariance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class LognormalTest {

  @Test
  void factoriesMeanWhatTheySay() {
    Lognormal byMedian = Lognormal.ofMedian(20_000.0, 0.8);
    assertEquals(20_000.0, byMedian.median(), 1e-9);
    assertEquals(20_000.0, byMedian.quantile(0.5), 1e-9);
    assertEquals(Math.log(20_000.0), byMedian.mu(), 1e-15);

    Lognormal byMean = Lognormal.ofMean(50_000.0, 30_000.0);
    assertEquals(50_000.0, byMean.mean(), 1e-8);
    assertEquals(30_000.0, Math.sqrt(byMean.variance()), 1e-8);

    // Φ⁻¹(0.975) = 1.959963984540054: the 97.5 % point is e^(μ + 1.96σ), not e^(μ − 1.96σ).
    assertEquals(20_000.0 * Math.exp(0.8 * 1.959963984540054), byMedian.quantile(0.975), 1e-8);
    assertEquals(100.0, Lognormal.ofMean(100.0, 0.0).median(), 1e-12);

    Lognormal byLog = Lognormal.ofLog(1.0, 0.5);
    assertEquals(Math.exp(1.125), byLog.mean(), 1e-12);
  }

  @Test
  void logsOfSamplesAreNormal() {
    Lognormal law = Lognormal.ofLog(9.9, 0.7);
    RandomStream s = RandomStream.at(47L, StreamKind.INCIDENT, 0, 0);
    int n = 100_000;
    double[] logs = new double[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = law.sample(s);
      assertTrue(values[i] > 0.0);
      logs[i] = Math.log(values[i]);
    }
    double[] mv = meanAndVariance(logs);
    assertWithinStandardErrors("log mean", mv[0], 9.9, 0.7 / Math.sqrt(n));
    assertWithinStandardErrors("log variance", mv[1], 0.49, 0.49 * Math.sqrt(2.0 / n));
    double[] raw = meanAndVariance(values);
    assertWithinStandardErrors("mean", raw[0], law.mean(), Math.sqrt(law.variance() / n));
  }

  @Test
  void zeroSigmaIsTheMedian() {
    Lognormal fixed = Lognormal.ofMedian(1234.0, 0.0);
    RandomStream s = new RandomStream(1L);
    assertEquals(1234.0, fixed.sample(s), 1e-9);
  }

  @Test
  void rejectsImpossibleParameters() {
    assertThrows(IllegalArgumentException.class, () -> Lognormal.ofLog(1, -0.1));
    assertThrows(IllegalArgumentException.class, () -> Lognormal.ofLog(Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> Lognormal.ofMedian(0, 1));
    assertThrows(IllegalArgumentException.class, () -> Lognormal.ofMean(-5, 1));
    assertThrows(IllegalArgumentException.class, () -> Lognormal.ofMean(5, -1));
  }

  @Test
  void samplesArePositiveAndFinite() {
    qt().forAll(doubles().between(-20, 20), doubles().between(0, 3), longs().all())
        .checkAssert(
            (mu, sigma, address) -> {
              Lognormal law = Lognormal.ofLog(mu, sigma);
              RandomStream s = RandomStream.at(5L, StreamKind.INCIDENT, address, 0);
              for (int i = 0; i < 16; i++) {
                double x = law.sample(s);
                assertTrue(x > 0.0 && Double.isFinite(x), mu + " " + sigma + " gave " + x);
              }
            });
  }
}

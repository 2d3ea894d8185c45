package org.anxin.simulator.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

class AliasTableTest {

  @Test
  void encodesTheNormalisedWeights() {
    double[] weights = {5, 0, 1, 3.5, 0.5};
    AliasTable table = AliasTable.of(weights);
    assertEquals(5, table.size());
    for (int i = 0; i < weights.length; i++) {
      assertEquals(weights[i] / 10.0, table.probability(i), 1e-15, "index " + i);
    }
  }

  @Test
  void samplesWithTheWeights() {
    double[] weights = {5, 0, 1, 3.5, 0.5};
    AliasTable table = AliasTable.of(weights);
    RandomStream s = RandomStream.at(41L, StreamKind.DEAL, 0, 0);
    int n = 100_000;
    long[] counts = new long[5];
    for (int i = 0; i < n; i++) {
      counts[table.sample(s)]++;
    }
    assertEquals(0, counts[1], "a zero weight is never drawn");
    GoodnessOfFit.assertChiSquareFits(
        "alias frequencies",
        new long[] {counts[0], counts[2], counts[3], counts[4]},
        new double[] {n * 0.5, n * 0.1, n * 0.35, n * 0.05});
  }

  @Test
  void manyUnevenColumnsStillFit() {
    double[] weights = new double[37];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1.0 + (i * 7 % 11);
    }
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    AliasTable table = AliasTable.of(weights);
    RandomStream s = RandomStream.at(43L, StreamKind.DEAL, 0, 0);
    int n = 150_000;
    long[] counts = new long[weights.length];
    for (int i = 0; i < n; i++) {
      counts[table.sample(s)]++;
    }
    double[] expected = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      expected[i] = n * weights[i] / sum;
    }
    GoodnessOfFit.assertChiSquareFits("37 columns", counts, expected);
  }

  @Test
  void aSingleOutcomeIsCertain() {
    AliasTable table = AliasTable.of(2.5);
    RandomStream s = new RandomStream(1L);
    for (int i = 0; i < 100; i++) {
      assertEquals(0, table.sample(s));
    }
    assertEquals(1.0, table.probability(0));
  }

  @Test
  void rejectsBadWeights() {
    assertThrows(IllegalArgumentException.class, AliasTable::of);
    assertThrows(IllegalArgumentException.class, () -> AliasTable.of(1, -1));
    assertThrows(IllegalArgumentException.class, () -> AliasTable.of(0, 0));
    assertThrows(IllegalArgumentException.class, () -> AliasTable.of(1, Double.NaN));
    assertThrows(
        IllegalArgumentException.class, () -> AliasTable.of(Double.MAX_VALUE, Double.MAX_VALUE));
  }

  @Test
  void drawsOnlyIndicesOfPositiveWeight() {
    qt().forAll(
            lists().of(doubles().between(0.0, 1e6)).ofSizeBetween(1, 40),
            doubles().between(1e-9, 10.0),
            longs().all())
        .checkAssert(
            (List<Double> ws, Double extra, Long address) -> {
              double[] weights = new double[ws.size() + 1];
              for (int i = 0; i < ws.size(); i++) {
                weights[i] = ws.get(i) < 1e5 ? 0.0 : ws.get(i); // many zero weights
              }
              weights[ws.size()] = extra;
              AliasTable table = AliasTable.of(weights);
              double total = 0;
              for (int i = 0; i < weights.length; i++) {
                total += table.probability(i);
              }
              assertEquals(1.0, total, 1e-12);
              RandomStream s = RandomStream.at(address, StreamKind.DEAL, 0, 0);
              for (int i = 0; i < 64; i++) {
                int k = table.sample(s);
                assertTrue(k >= 0 && k < weights.length && weights[k] > 0.0, "drew " + k);
              }
            });
  }
}

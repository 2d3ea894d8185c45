package org.anxin.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The convergence table: 1, 2, 5 per decade from 1,000 trials, each the run of its first trials.
 */
class ConvergenceTest {

  @Test
  void checkpointsAreOneTwoFivePerDecadeEndingWithTheRun() {
    assertEquals(List.of(1), Convergence.checkpoints(1));
    assertEquals(List.of(1_000), Convergence.checkpoints(1_000));
    assertEquals(List.of(1_000, 2_000, 5_000, 10_000), Convergence.checkpoints(10_000));
    assertEquals(
        List.of(1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 120_001),
        Convergence.checkpoints(120_001));
  }

  @Test
  void eachCheckpointIsTheDistributionOfTheFirstTrials() {
    qt().withExamples(25)
        .forAll(integers().between(1, 12_000), longs().all())
        .checkAssert(
            (n, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              long[] values = new long[n];
              for (int t = 0; t < n; t++) {
                values[t] = random.nextLong(-1_000_000L, 1_000_000_000L);
              }
              List<Integer> counts = Convergence.checkpoints(n);
              List<Distribution> points = Convergence.of(values, Distribution.of(values));
              assertEquals(counts.size(), points.size());
              for (int i = 0; i < counts.size(); i++) {
                assertEquals(Distribution.of(Arrays.copyOf(values, counts.get(i))), points.get(i));
              }
            });
  }
}

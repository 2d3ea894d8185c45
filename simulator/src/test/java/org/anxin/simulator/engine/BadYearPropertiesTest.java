package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.random.Normal;
import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.random.StreamKind;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The bad year reaches the amounts through the engine: with a loading, the years of the lowest
 * third of Z recover a smaller share of what was advanced, write off a larger share, and lose more
 * per bought-back home than the years of the highest third, while the deals struck and the amounts
 * paid stay those of the unloaded run, trial by trial (a loading moves no other draw).
 */
class BadYearPropertiesTest {

  private static final int TRIALS = 240;
  private static final long SEED = 20220731L;

  private static TrialResults run(double share, double delay, double discount) {
    String yaml =
        String.format(
            Locale.ROOT,
            "name: bad-year\nbook: {deals: 4000}\n"
                + "badYear: {recoveredShare: %s, recoveryDelayDays: %s, resaleDiscount: %s,"
                + " resaleDelayDays: 0}\n",
            share,
            delay,
            discount);
    return MonteCarloEngine.of(ScenarioLoader.parse(yaml), Catalog.builtIn())
        .run(TRIALS, SEED, 2, null);
  }

  /** −1 for the trials of the lowest third of Z (bad years), +1 for the highest, 0 between. */
  private static int[] thirds() {
    int[] third = new int[TRIALS];
    for (int t = 0; t < TRIALS; t++) {
      double z = Normal.sample(RandomStream.at(SEED, StreamKind.TRIAL, t, 0));
      third[t] = z < -0.4307 ? -1 : z > 0.4307 ? 1 : 0;
    }
    return third;
  }

  /** Σ numerator / Σ denominator over the trials of one third. */
  private static double ratio(long[] numerator, long[] denominator, int[] thirds, int third) {
    double top = 0;
    double bottom = 0;
    for (int t = 0; t < TRIALS; t++) {
      if (thirds[t] == third) {
        top += numerator[t];
        bottom += denominator[t];
      }
    }
    return top / bottom;
  }

  private static long[] sum(long[] a, long[] b) {
    long[] total = a.clone();
    for (int t = 0; t < total.length; t++) {
      total[t] += b[t];
    }
    return total;
  }

  @Test
  void loadedYearsRecoverLessWriteOffMoreAndResellForLessWhenTheyAreBad() {
    int[] thirds = thirds();
    TrialResults plain = run(0, 0, 0);
    TrialResults loaded = run(0.6, 0.6, 0.6);
    assertArrayEquals(
        plain.column(TrialResults.Column.GROSS_PAID),
        loaded.column(TrialResults.Column.GROSS_PAID));

    long[] advanced = loaded.column(TrialResults.Column.ADVANCED);
    long[] recovered = loaded.column(TrialResults.Column.RECOVERED);
    long[] writtenOff = loaded.column(TrialResults.Column.WRITTEN_OFF);
    double badRecovery = ratio(recovered, advanced, thirds, -1);
    double goodRecovery = ratio(recovered, advanced, thirds, 1);
    assertTrue(badRecovery < goodRecovery - 0.05, badRecovery + " vs " + goodRecovery);
    double badWriteOff = ratio(writtenOff, advanced, thirds, -1);
    double goodWriteOff = ratio(writtenOff, advanced, thirds, 1);
    assertTrue(badWriteOff > goodWriteOff + 0.05, badWriteOff + " vs " + goodWriteOff);

    long[] loss =
        sum(loaded.costs(GuaranteeCode.STIGMATIZED_HOME), loaded.costs(GuaranteeCode.RADIATION));
    long[] plainLoss =
        sum(plain.costs(GuaranteeCode.STIGMATIZED_HOME), plain.costs(GuaranteeCode.RADIATION));
    // The same homes are bought back at the same prices: the loss moves with the discount alone.
    double badLoss = ratio(loss, plainLoss, thirds, -1);
    double goodLoss = ratio(loss, plainLoss, thirds, 1);
    assertTrue(badLoss > goodLoss + 0.1, badLoss + " vs " + goodLoss);
  }
}

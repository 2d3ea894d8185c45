package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.report.TrialsCsv;
import org.anxin.simulator.report.YearsCsv;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A run cut into trial ranges, each simulated on its own (and shipped as a cluster would, through
 * Java serialization), and joined again is the whole run: trials.csv and years.csv to the byte,
 * wherever the cuts fall, for one-year runs and programmes.
 */
class TrialRangesTest {

  private static final int TRIALS = 90;

  private static final Scenario BOOK =
      ScenarioLoader.parse(
          "name: ranges\nbook: {deals: 2000}\nprogramme: {growth: 0.1, persistence: 0.6}");

  private static final MonteCarloEngine ENGINE = MonteCarloEngine.of(BOOK, Catalog.builtIn());

  private static final String[] WHOLE = files(ENGINE.run(TRIALS, 1, 11L, 2, null));

  private static final String[] WHOLE_PROGRAMME = files(ENGINE.run(TRIALS, 3, 11L, 2, null));

  private static String[] files(TrialResults results) {
    try {
      StringWriter trials = new StringWriter();
      TrialsCsv.write(results, trials);
      StringWriter years = new StringWriter();
      YearsCsv.write(results.path(), results.trials(), years);
      return new String[] {trials.toString(), years.toString()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void rangesJoinedAreTheWholeRunWhereverTheCutsFall() {
    qt().withExamples(12)
        .forAll(
            lists().of(integers().between(1, TRIALS - 1)).ofSizeBetween(0, 6),
            integers().between(1, 3))
        .checkAssert(
            (cuts, years) -> {
              List<TrialResults> parts = new ArrayList<>();
              int from = 0;
              for (int to : new TreeSet<>(cuts)) {
                parts.add(shipped(ENGINE.runRange(from, to, years, 11L, 1, null)));
                from = to;
              }
              parts.add(shipped(ENGINE.runRange(from, TRIALS, years, 11L, 2, null)));
              String[] joined = files(TrialResults.concat(parts));
              String[] whole =
                  years == 1
                      ? WHOLE
                      : years == 3
                          ? WHOLE_PROGRAMME
                          : files(ENGINE.run(TRIALS, years, 11L, 2, null));
              assertEquals(whole[0], joined[0], "trials.csv, cuts " + cuts);
              assertEquals(whole[1], joined[1], "years.csv, cuts " + cuts);
            });
  }

  @Test
  void rangesMustBeConsecutiveFromTheFirstTrial() {
    TrialResults a = ENGINE.runRange(0, 10, 1, 11L, 1, null);
    TrialResults c = ENGINE.runRange(20, 30, 1, 11L, 1, null);
    assertThrows(IllegalArgumentException.class, () -> TrialResults.concat(List.of(a, c)));
    assertThrows(IllegalArgumentException.class, () -> TrialResults.concat(List.of(c)));
    TrialResults other = ENGINE.runRange(10, 20, 2, 11L, 1, null);
    assertThrows(IllegalArgumentException.class, () -> TrialResults.concat(List.of(a, other)));
    assertThrows(InvalidInputException.class, () -> ENGINE.runRange(5, 5, 1, 11L, 1, null));
    assertThrows(InvalidInputException.class, () -> ENGINE.runRange(-1, 5, 1, 11L, 1, null));
  }

  /** A part as a task would ship it back: serialized and read again. */
  private static TrialResults shipped(TrialResults part) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(part);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (TrialResults) in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}

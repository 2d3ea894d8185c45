package org.anxin.simulator.engine;

import java.time.LocalDate;
import org.anxin.simulator.random.AliasTable;
import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.scenario.SimulatedYear;

/**
 * Draws the day of the simulated year a deal starts on: with the month's weight as the intensity of
 * each of its days, by an alias table over the year's days (one uniform draw or two, whatever the
 * weights). A flat year draws {@code nextInt(days)}, exactly the draw the engine made before years
 * had seasons, so a flat 365-day year gives the bytes it gave then.
 */
final class StartDays {

  private final int days;
  private final AliasTable table;

  private StartDays(int days, AliasTable table) {
    this.days = days;
    this.table = table;
  }

  static StartDays of(SimulatedYear year) {
    int days = year.days();
    if (year.isFlat()) {
      return new StartDays(days, null);
    }
    double[] perDay = new double[days];
    LocalDate first = LocalDate.of(year.year(), 1, 1);
    for (int d = 0; d < days; d++) {
      perDay[d] = year.monthWeights().get(first.plusDays(d).getMonthValue() - 1);
    }
    return new StartDays(days, AliasTable.of(perDay));
  }

  /** A start day, 0 (1 January) to days − 1 (31 December). */
  int draw(RandomStream stream) {
    return table == null ? stream.nextInt(days) : table.sample(stream);
  }
}

package org.anxin.simulator.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.anxin.domain.Money;
import org.anxin.simulator.engine.PathResults;

/**
 * {@code years.csv}: one row per trial and year of its path, in trial order and then year order;
 * amounts in yuan with 2 decimals. A one-year run has one row per trial, its figures those of
 * {@code trials.csv}.
 */
public final class YearsCsv {

  /** The header row, without the line end. */
  public static final String HEADER =
      "trial,path_year,year,deals,market_factor,net_cost,gross_paid,refunds,advanced,recovered,"
          + "written_off,payouts";

  /** Decimals of the market factor: enough to tell every year apart, few enough to read. */
  private static final int FACTOR_DECIMALS = 6;

  private YearsCsv() {}

  /** Writes the header and every trial's years, each line ending in {@code \n}. */
  public static void write(PathResults path, int trials, Writer out) throws IOException {
    out.write(HEADER);
    out.write('\n');
    StringBuilder row = new StringBuilder(160);
    for (int trial = 0; trial < trials; trial++) {
      for (int year = 0; year < path.years(); year++) {
        row.setLength(0);
        row.append(trial)
            .append(',')
            .append(year + 1)
            .append(',')
            .append(path.calendarYear(year))
            .append(',')
            .append(path.deals(year))
            .append(',')
            .append(factor(path.marketFactor(year, trial)))
            .append(',')
            .append(Money.format(path.netCost(year, trial)))
            .append(',')
            .append(Money.format(path.grossPaid(year, trial)))
            .append(',')
            .append(Money.format(path.refunds(year, trial)))
            .append(',')
            .append(Money.format(path.advanced(year, trial)))
            .append(',')
            .append(Money.format(path.recovered(year, trial)))
            .append(',')
            .append(Money.format(path.writtenOff(year, trial)))
            .append(',')
            .append(path.payouts(year, trial))
            .append('\n');
        out.append(row);
      }
    }
  }

  /** Z rounded half-even to 6 decimals, as plain text: the same bytes on every machine. */
  private static String factor(double z) {
    return new BigDecimal(z).setScale(FACTOR_DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
  }
}

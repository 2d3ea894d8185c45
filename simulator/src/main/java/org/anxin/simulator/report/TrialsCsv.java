package org.anxin.simulator.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.anxin.domain.Money;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.engine.TrialResults;

/**
 * {@code trials.csv}: one row per trial, in trial order, amounts in yuan with 2 decimals, then one
 * net-cost column per guarantee (named by its code in lower case).
 */
public final class TrialsCsv {

  private TrialsCsv() {}

  /** The header row, without the line end. */
  public static String header() {
    StringBuilder header =
        new StringBuilder("trial,net_cost,gross_paid,refunds,recovered,payouts,peak_outstanding");
    for (GuaranteeCode code : GuaranteeCode.values()) {
      header.append(',').append(code.name().toLowerCase(Locale.ROOT));
    }
    return header.toString();
  }

  /** Writes the header and every trial, each line ending in {@code \n}. */
  public static void write(TrialResults results, Writer out) throws IOException {
    out.write(header());
    out.write('\n');
    StringBuilder row = new StringBuilder(256);
    GuaranteeCode[] codes = GuaranteeCode.values();
    for (int trial = 0; trial < results.trials(); trial++) {
      row.setLength(0);
      row.append(trial)
          .append(',')
          .append(Money.format(results.netCost(trial)))
          .append(',')
          .append(Money.format(results.grossPaid(trial)))
          .append(',')
          .append(Money.format(results.refunds(trial)))
          .append(',')
          .append(Money.format(results.recovered(trial)))
          .append(',')
          .append(results.payouts(trial))
          .append(',')
          .append(Money.format(results.peakOutstanding(trial)));
      for (GuaranteeCode code : codes) {
        row.append(',').append(Money.format(results.cost(code, trial)));
      }
      row.append('\n');
      out.append(row);
    }
  }
}

package org.anxin.simulator.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.anxin.domain.Money;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.engine.TrialResults;

/**
 * {@code trials.csv}: one row per trial, in trial order, amounts in yuan with 2 decimals: the
 * trial's totals, then per guarantee its net cost (named by its code in lower case) and its count
 * ({@code <code>_count}). A row reconciles on its own (docs/simulation.md): {@code net_cost} is the
 * sum of the guarantees' costs and {@code compensations + commission_refund + buy_back_loss +
 * written_off}; {@code gross_paid = compensations + advanced + bought_back}; {@code advanced =
 * recovered + written_off}; {@code cash_out = gross_paid + commission_refund}.
 */
public final class TrialsCsv {

  /** The columns before the per-guarantee ones. */
  private static final String TOTALS =
      "trial,net_cost,gross_paid,cash_out,compensations,advanced,recovered,written_off,"
          + "bought_back,buy_back_loss,payouts,peak_outstanding";

  private TrialsCsv() {}

  /** The header row, without the line end. */
  public static String header() {
    StringBuilder header = new StringBuilder(TOTALS);
    for (GuaranteeCode code : GuaranteeCode.values()) {
      String name = code.name().toLowerCase(Locale.ROOT);
      header.append(',').append(name).append(',').append(name).append("_count");
    }
    return header.toString();
  }

  /** Writes the header and every trial, each line ending in {@code \n}. */
  public static void write(TrialResults results, Writer out) throws IOException {
    out.write(header());
    out.write('\n');
    StringBuilder row = new StringBuilder(512);
    GuaranteeCode[] codes = GuaranteeCode.values();
    for (int trial = 0; trial < results.trials(); trial++) {
      row.setLength(0);
      row.append(trial);
      money(row, results.netCost(trial));
      money(row, results.grossPaid(trial));
      money(row, results.totalCashOut(trial));
      money(row, results.compensations(trial));
      money(row, results.advanced(trial));
      money(row, results.recovered(trial));
      money(row, results.writtenOff(trial));
      money(row, results.boughtBack(trial));
      money(row, results.buyBackLoss(trial));
      row.append(',').append(results.payouts(trial));
      money(row, results.peakOutstanding(trial));
      for (GuaranteeCode code : codes) {
        money(row, results.cost(code, trial));
        row.append(',').append(results.count(code, trial));
      }
      row.append('\n');
      out.append(row);
    }
  }

  private static void money(StringBuilder row, long fen) {
    row.append(',').append(Money.format(fen));
  }
}

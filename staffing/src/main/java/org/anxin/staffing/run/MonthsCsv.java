package org.anxin.staffing.run;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.queue.MonthlyTally;

/**
 * {@code months.csv}: one row per trial, headcount and month with each target's counted complaints,
 * those met, the met ratio and the error budget, and whether the month meets the objective — the
 * per-trial-year figures behind every distribution of {@code staffing.json}.
 */
public final class MonthsCsv {

  private static final String[] TARGETS = {"response", "solution", "resolution"};

  private MonthsCsv() {}

  /** Writes every trial-year of {@code results}. */
  public static void write(StaffingResults results, Writer out) throws IOException {
    StaffingModel model = results.model();
    StringBuilder header = new StringBuilder("trial,headcount,month");
    for (String target : TARGETS) {
      header.append(',').append(target).append("_counted");
      header.append(',').append(target).append("_met");
      header.append(',').append(target).append("_ratio");
      header.append(',').append(target).append("_error_budget");
    }
    out.write(header.append(",meets\n").toString());
    StringBuilder row = new StringBuilder(160);
    for (int p = 0; p < results.plans().size(); p++) {
      int headcount = results.plans().get(p).headcount();
      for (int t = 0; t < results.trials(); t++) {
        MonthlyTally tally = results.tally(p, t);
        for (int m = 0; m < MonthlyTally.MONTHS; m++) {
          row.setLength(0);
          row.append(t).append(',').append(headcount).append(',');
          row.append(String.format(Locale.ROOT, "%d-%02d", model.year(), m + 1));
          for (int k = 0; k < TARGETS.length; k++) {
            row.append(',').append(tally.counted(m, k));
            row.append(',').append(tally.met(m, k));
            row.append(',').append(String.format(Locale.ROOT, "%.6f", tally.ratio(m, k)));
            row.append(',').append(tally.errorBudget(m, k, model.objective(k)));
          }
          row.append(',').append(tally.meets(m, model)).append('\n');
          out.write(row.toString());
        }
      }
    }
  }
}

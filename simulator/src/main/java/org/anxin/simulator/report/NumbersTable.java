package org.anxin.simulator.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.anxin.simulator.stats.Distribution;
import org.anxin.simulator.stats.ExactMean;
import org.anxin.simulator.stats.Quantile;
import org.anxin.simulator.stats.ReturnPeriod;
import org.anxin.simulator.stats.TrialRanking;

/**
 * The report's numbers table: the net cost at every reported quantile level and return period, with
 * the TVaR at that level (the exact mean of the worst ⌈n(1 − q)⌉ trials). The values are the
 * summary's own quantiles and exceedance points; only the TVaRs below 99.5 % are computed here,
 * from the same ranking convention.
 */
final class NumbersTable {

  /**
   * One level of the table.
   *
   * @param level q
   * @param returnPeriod the return period 1/(1 − q) in years when it is one the summary reports,
   *     else 0
   * @param quantile whether q is one of the summary's quantile levels
   * @param value the net cost x(⌈nq⌉), fen
   * @param tvar the mean of the worst {@code tailTrials} trials, fen
   * @param tailTrials ⌈n(1 − q)⌉
   */
  record Row(
      BigDecimal level,
      int returnPeriod,
      boolean quantile,
      long value,
      ExactMean tvar,
      int tailTrials) {}

  private NumbersTable() {}

  /** The rows, by ascending level, of the quantiles and return periods of {@code netCost}. */
  static List<Row> rows(Distribution netCost, TrialRanking ranking) {
    TreeMap<BigDecimal, long[]> byLevel = new TreeMap<>();
    // [value, return period, is quantile]
    for (Quantile q : netCost.quantiles()) {
      byLevel
              .computeIfAbsent(q.level().stripTrailingZeros(), l -> new long[] {q.value(), 0, 0})[
              2] =
          1;
    }
    for (ReturnPeriod point : netCost.exceedance()) {
      BigDecimal level =
          BigDecimal.ONE
              .subtract(
                  BigDecimal.ONE.divide(BigDecimal.valueOf(point.years()), MathContext.DECIMAL128))
              .stripTrailingZeros();
      byLevel.computeIfAbsent(level, l -> new long[] {point.value(), 0, 0})[1] = point.years();
    }
    List<Row> rows = new ArrayList<>();
    byLevel.forEach(
        (level, v) -> {
          int k = ranking.tailSize(level);
          rows.add(new Row(level, (int) v[1], v[2] == 1, v[0], ranking.tailMean(k), k));
        });
    return rows;
  }

  /** Writes the table. */
  static void write(List<Row> rows, Writer out) throws IOException {
    out.write(
        "<div class=\"table-wrap\"><table class=\"numbers\">\n<thead><tr><th>Level q</th>"
            + "<th class=\"num\">1 in … years</th><th class=\"num\">Net cost x(&lceil;nq&rceil;)"
            + "</th><th class=\"num\">TVaR at q</th><th class=\"num\">Worst years averaged</th>"
            + "</tr></thead>\n<tbody>\n");
    for (Row row : rows) {
      BigDecimal years =
          BigDecimal.ONE.divide(BigDecimal.ONE.subtract(row.level()), MathContext.DECIMAL64);
      out.write(
          String.format(
              Locale.ROOT,
              "<tr%s><td>%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td>"
                  + "<td class=\"num\">%s</td><td class=\"num\">%,d</td></tr>\n",
              row.level().compareTo(Distribution.TAIL_LEVEL) == 0 ? " class=\"key\"" : "",
              row.level().toPlainString(),
              ReportText.plain(years.doubleValue()),
              ReportText.millions(row.value()),
              ReportText.millions(row.tvar()),
              row.tailTrials()));
    }
    out.write("</tbody>\n</table></div>\n");
  }
}

package org.anxin.simulator.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.catalog.Segments;
import org.anxin.simulator.stats.ExactMean;

/**
 * The report's per-guarantee table (by contribution to the 99.5 % tail, with the catalog's Chinese
 * and English names) and its breakdown by segment: resale, new home, rental, or the several
 * segments a guarantee covers at once (its cost is not split between them).
 */
final class GuaranteeTables {

  private GuaranteeTables() {}

  /** The guarantees by descending tail contribution, then by mean cost, then in code order. */
  static List<Summary.GuaranteeLine> byTail(Summary summary) {
    List<Summary.GuaranteeLine> lines = new ArrayList<>(summary.guarantees());
    lines.sort(
        Comparator.comparing(Summary.GuaranteeLine::tailContribution)
            .thenComparing(Summary.GuaranteeLine::meanCost)
            .reversed()
            .thenComparing(Summary.GuaranteeLine::code));
    return lines;
  }

  /** The segment label of a guarantee: {@code resale}, {@code resale + new}, {@code all}, … */
  static String segment(Catalog catalog, Summary.GuaranteeLine line) {
    return catalog
        .find(line.code())
        .map(g -> String.join(" + ", Segments.ids(g.segments())))
        .orElse("not offered");
  }

  /**
   * One segment's sums.
   *
   * @param segment its label
   * @param guarantees how many guarantees it holds
   * @param meanCost the sum of their mean costs, fen
   * @param tailContribution the sum of their tail contributions, fen
   */
  record SegmentLine(
      String segment, int guarantees, ExactMean meanCost, ExactMean tailContribution) {}

  /** The segments by descending mean cost, each with the sums of its guarantees. */
  static List<SegmentLine> segments(Summary summary, Catalog catalog) {
    Map<String, SegmentLine> bySegment = new LinkedHashMap<>();
    for (Summary.GuaranteeLine line : summary.guarantees()) {
      bySegment.merge(
          segment(catalog, line),
          new SegmentLine(segment(catalog, line), 1, line.meanCost(), line.tailContribution()),
          (a, b) ->
              new SegmentLine(
                  a.segment(),
                  a.guarantees() + b.guarantees(),
                  a.meanCost().plus(b.meanCost()),
                  a.tailContribution().plus(b.tailContribution())));
    }
    List<SegmentLine> lines = new ArrayList<>(bySegment.values());
    lines.sort(Comparator.comparing(SegmentLine::meanCost).reversed());
    return List.copyOf(lines);
  }

  /** Writes the per-guarantee table. */
  static void writeGuarantees(Summary summary, Catalog catalog, Writer out) throws IOException {
    out.write(
        "<div class=\"table-wrap\"><table>\n<thead><tr><th>Guarantee</th><th>Segment</th>"
            + "<th class=\"num\">Mean cost</th><th class=\"num\">Claims a year</th>"
            + "<th class=\"num\">Share of mean</th>"
            + "<th class=\"num\">TVaR 99.5 % contribution</th></tr></thead>\n<tbody>\n");
    for (Summary.GuaranteeLine line : byTail(summary)) {
      Optional<Guarantee> guarantee = catalog.find(line.code());
      out.write(
          String.format(
              Locale.ROOT,
              "<tr><td><span class=\"code\">%s</span><br><span class=\"zh\" lang=\"zh-CN\">%s</span>"
                  + " <span class=\"en\">%s</span></td><td>%s</td><td class=\"num\">%s</td>"
                  + "<td class=\"num\">%,.2f</td><td class=\"num\">%.1f %%</td>"
                  + "<td class=\"num\">%s</td></tr>\n",
              ReportText.escape(line.code().name()),
              ReportText.escape(guarantee.map(Guarantee::nameZh).orElse("")),
              ReportText.escape(guarantee.map(Guarantee::nameEn).orElse("not in the catalog")),
              ReportText.escape(segment(catalog, line)),
              ReportText.millions(line.meanCost()),
              line.meanCount().toBigDecimal(2),
              summary.shareOfMean(line).movePointRight(2),
              ReportText.millions(line.tailContribution())));
    }
    out.write(
        "</tbody>\n<tfoot><tr><td>Total</td><td></td><td class=\"num\">"
            + ReportText.millions(summary.netCost().mean())
            + "</td><td></td><td></td><td class=\"num\">"
            + ReportText.millions(summary.netCost().tvar995())
            + "</td></tr></tfoot>\n</table></div>\n");
  }

  /** Writes the breakdown by segment. */
  static void writeSegments(Summary summary, Catalog catalog, Writer out) throws IOException {
    out.write(
        "<div class=\"table-wrap\"><table>\n<thead><tr><th>Segment covered</th>"
            + "<th class=\"num\">Guarantees</th><th class=\"num\">Mean cost</th>"
            + "<th class=\"num\">TVaR 99.5 % contribution</th></tr></thead>\n<tbody>\n");
    for (SegmentLine line : segments(summary, catalog)) {
      out.write(
          String.format(
              Locale.ROOT,
              "<tr><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%s</td>"
                  + "<td class=\"num\">%s</td></tr>\n",
              ReportText.escape(line.segment()),
              line.guarantees(),
              ReportText.millions(line.meanCost()),
              ReportText.millions(line.tailContribution())));
    }
    out.write("</tbody>\n</table></div>\n");
  }
}

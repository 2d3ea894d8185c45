package org.anxin.simulator.compare;

import static org.anxin.simulator.report.HtmlText.escape;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.anxin.simulator.report.HtmlText;

/**
 * {@code compare.html}: one self-contained page (ECharts inlined, nothing loaded from the network)
 * with the headline deltas and their intervals, both exceedance curves overlaid and the change per
 * guarantee. Every string from the runs is escaped, as HTML text and inside the embedded JSON.
 */
public final class CompareHtml {

  private CompareHtml() {}

  /**
   * Writes the page.
   *
   * @param c the comparison
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(Comparison c, Writer out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String data = HtmlText.scriptSafe(mapper.writeValueAsString(chartData(mapper, c)));
    RunFigures.Identity a = c.a().identity();
    RunFigures.Identity b = c.b().identity();
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write(
        "<title>Anxin comparison: "
            + escape(a.scenario())
            + " vs "
            + escape(b.scenario())
            + "</title>\n");
    out.write("<style>\n" + STYLE + "</style>\n</head>\n<body>\n<header>\n");
    out.write(
        "<h1>Comparison <span class=\"a\">A "
            + escape(a.scenario())
            + "</span> <span class=\"vs\">vs</span> <span class=\"b\">B "
            + escape(b.scenario())
            + "</span></h1>\n");
    out.write("<ul class=\"meta\">\n");
    runLine(out, "A", c.a());
    runLine(out, "B", c.b());
    out.write("</ul>\n</header>\n");
    if (!c.warnings().isEmpty()) {
      out.write("<section class=\"warnings\"><h2>Warnings</h2><ul>\n");
      for (String warning : c.warnings()) {
        out.write("<li>" + escape(warning) + "</li>\n");
      }
      out.write("</ul></section>\n");
    }
    headline(c, out);
    out.write("<section class=\"charts\">\n");
    chart(out, "exceedance", "Exceedance curves: yearly net cost by return period, A and B");
    chart(out, "guarantees", "Change per guarantee, B − A: mean cost and 99.5 % tail contribution");
    out.write("</section>\n");
    guaranteeTable(c, out);
    out.write(
        "<footer>Anxin &middot; amounts in million CNY; net cost = compensations + refunds +"
            + " buy-back losses + advances written off. The mean delta's interval is "
            + (c.paired()
                ? "paired: the runs share seed, trial count and book size (common random"
                    + " numbers), so it is the mean of the per-trial differences &plusmn; 1.96"
                    + " sd/&radic;n"
                : "for independent runs: &plusmn; 1.96 &radic;(se<sub>A</sub>&sup2; +"
                    + " se<sub>B</sub>&sup2;)")
            + ". VaR and TVaR deltas have no interval of their own: compare the runs' intervals."
            + "</footer>\n");
    out.write("<script>\n");
    out.write(HtmlText.echarts());
    out.write("\n</script>\n<script type=\"application/json\" id=\"anxin-data\">");
    out.write(data);
    out.write("</script>\n<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
  }

  private static void runLine(Writer out, String label, RunFigures run) throws IOException {
    RunFigures.Identity id = run.identity();
    out.write(
        String.format(
            Locale.ROOT,
            "<li><b>%s</b> %s &middot; %,d trials%s of %,d deals &middot; seed %d &middot;"
                + " catalog %s %s &middot; <code>%s</code></li>\n",
            label,
            escape(id.scenario()),
            id.trials(),
            id.years() > 1 ? " (paths of " + id.years() + " years, first year compared)" : "",
            id.dealsPerTrial(),
            id.seed(),
            escape(id.catalogId()),
            escape(id.catalogVersion()),
            escape(run.directory())));
  }

  private static void headline(Comparison c, Writer out) throws IOException {
    out.write("<section><h2>Headline figures, million CNY</h2>\n<div class=\"scroll\"><table>\n");
    out.write(
        "<thead><tr><th>Figure</th><th class=\"num\">A</th><th class=\"num\">B</th>"
            + "<th class=\"num\">B &minus; A</th><th class=\"num\">B &minus; A, 95 %</th>"
            + "<th class=\"num\">A, 95 %</th><th class=\"num\">B, 95 %</th>"
            + "</tr></thead>\n<tbody>\n");
    Comparison.DeltaInterval i = c.meanInterval();
    row(
        out,
        "Mean yearly net cost",
        c.a().mean(),
        c.b().mean(),
        c.meanDelta(),
        range(i.lower(), i.upper()) + " (" + i.method() + ")");
    row(out, "VaR 99.5 %", c.a().var995(), c.b().var995(), c.var995Delta(), "not computed");
    row(out, "TVaR 99.5 %", c.a().tvar995(), c.b().tvar995(), c.tvar995Delta(), "not computed");
    out.write("</tbody></table></div></section>\n");
  }

  private static void row(
      Writer out,
      String label,
      RunFigures.Estimate a,
      RunFigures.Estimate b,
      long delta,
      String deltaInterval)
      throws IOException {
    out.write(
        "<tr><td>"
            + escape(label)
            + "</td><td class=\"num\">"
            + millions(a.value())
            + "</td><td class=\"num\">"
            + millions(b.value())
            + "</td><td class=\"num delta\">"
            + signed(delta)
            + "</td><td class=\"num\">"
            + escape(deltaInterval)
            + "</td><td class=\"num\">"
            + range(a.lower(), a.upper())
            + "</td><td class=\"num\">"
            + range(b.lower(), b.upper())
            + "</td></tr>\n");
  }

  private static void guaranteeTable(Comparison c, Writer out) throws IOException {
    out.write("<section><h2>By guarantee, million CNY</h2>\n<div class=\"scroll\"><table>\n");
    out.write(
        "<thead><tr><th>Guarantee</th><th class=\"num\">Mean A</th><th class=\"num\">Mean B</th>"
            + "<th class=\"num\">Mean B &minus; A</th><th class=\"num\">Tail A</th>"
            + "<th class=\"num\">Tail B</th><th class=\"num\">Tail B &minus; A</th></tr></thead>\n"
            + "<tbody>\n");
    for (Comparison.GuaranteeChange g : c.guarantees()) {
      out.write(
          "<tr><td>"
              + escape(g.code())
              + "</td><td class=\"num\">"
              + millions(g.meanA())
              + "</td><td class=\"num\">"
              + millions(g.meanB())
              + "</td><td class=\"num delta\">"
              + signed(g.meanDelta())
              + "</td><td class=\"num\">"
              + millions(g.tailA())
              + "</td><td class=\"num\">"
              + millions(g.tailB())
              + "</td><td class=\"num delta\">"
              + signed(g.tailDelta())
              + "</td></tr>\n");
    }
    out.write(
        "</tbody></table></div><p class=\"note\">Tail: the guarantee's mean over the worst 0.5 %"
            + " of years of each run (its contribution to TVaR 99.5 %).</p></section>\n");
  }

  private static void chart(Writer out, String id, String title) throws IOException {
    out.write(
        "<figure><figcaption>"
            + escape(title)
            + "</figcaption><div class=\"chart\" id=\""
            + id
            + "\"></div></figure>\n");
  }

  private static ObjectNode chartData(ObjectMapper mapper, Comparison c) {
    ObjectNode data = mapper.createObjectNode();
    data.put("a", "A " + c.a().identity().scenario());
    data.put("b", "B " + c.b().identity().scenario());
    data.set("exceedanceA", curve(mapper, c.a()));
    data.set("exceedanceB", curve(mapper, c.b()));
    List<Comparison.GuaranteeChange> sorted = new ArrayList<>(c.guarantees());
    // Largest tail change at the top of the horizontal bars (ECharts draws the first at the foot).
    sorted.sort(Comparator.comparingLong(Comparison.GuaranteeChange::tailDelta));
    ArrayNode guarantees = data.putArray("guarantees");
    for (Comparison.GuaranteeChange g : sorted) {
      ObjectNode line = guarantees.addObject();
      line.put("code", g.code());
      line.put("mean", HtmlText.chartMillions(g.meanDelta()));
      line.put("tail", HtmlText.chartMillions(g.tailDelta()));
    }
    return data;
  }

  private static ArrayNode curve(ObjectMapper mapper, RunFigures run) {
    ArrayNode points = mapper.createArrayNode();
    for (RunFigures.ExceedancePoint p : run.exceedance()) {
      points.addArray().add(p.returnPeriod()).add(HtmlText.chartMillions(p.cost()));
    }
    return points;
  }

  private static String millions(long fen) {
    return String.format(Locale.ROOT, "%,.2f", roundedMillions(fen));
  }

  private static BigDecimal roundedMillions(long fen) {
    return BigDecimal.valueOf(fen).movePointLeft(8).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** A change with its sign; one that rounds to 0.00 has none (no "−0.00"). */
  private static String signed(long fen) {
    int sign = roundedMillions(fen).signum();
    return (sign > 0 ? "+" : sign < 0 ? "&minus;" : "") + millions(Math.abs(fen));
  }

  private static String range(Long lower, Long upper) {
    return (lower == null ? "unbounded" : plainSigned(lower))
        + " to "
        + (upper == null ? "unbounded" : plainSigned(upper));
  }

  private static String plainSigned(long fen) {
    return (roundedMillions(fen).signum() < 0 ? "-" : "") + millions(Math.abs(fen));
  }

  private static final String STYLE =
      """
      body { font-family: -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif;
             margin: 0 auto; max-width: 1200px; padding: 24px; color: #1f2933; background: #fafbfc; }
      h1 { font-size: 24px; margin: 0 0 8px; overflow-wrap: anywhere; }
      h2 { font-size: 18px; margin-top: 28px; }
      .a { color: #2f6fad; } .b { color: #c23b22; } .vs { color: #616e7c; font-weight: 400; }
      .meta { color: #616e7c; padding-left: 18px; overflow-wrap: anywhere; }
      .warnings { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 6px;
                  padding: 4px 16px; margin: 16px 0; }
      .warnings h2 { margin: 8px 0; font-size: 16px; }
      .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr));
                gap: 16px; margin-top: 24px; align-items: start; }
      figure { margin: 0; background: #fff; border: 1px solid #d9e2ec; border-radius: 6px;
               padding: 12px; min-width: 0; } figcaption { font-weight: 600; margin-bottom: 8px; }
      .chart { width: 100%; height: 380px; }
      #guarantees { height: 520px; }
      .scroll { overflow-x: auto; max-width: 100%; }
      table { border-collapse: collapse; width: 100%; background: #fff; }
      th, td { border-bottom: 1px solid #e4e7eb; padding: 6px 10px; text-align: left;
               white-space: nowrap; }
      .num { text-align: right; font-variant-numeric: tabular-nums; }
      .delta { font-weight: 600; }
      .note { color: #616e7c; font-size: 13px; }
      footer { margin-top: 32px; color: #616e7c; font-size: 12px; }
      @media (max-width: 600px) { body { padding: 12px; } h1 { font-size: 20px; } }
      """;

  private static final String SCRIPT =
      """
      (function () {
        var data = JSON.parse(document.getElementById('anxin-data').textContent);
        var money = function (v) { return v.toLocaleString('en-US', {maximumFractionDigits: 1}) + ' M'; };
        var charts = [];
        var exceedance = echarts.init(document.getElementById('exceedance'));
        exceedance.setOption({
          tooltip: {trigger: 'axis', valueFormatter: function (v) { return money(v) + ' CNY'; }},
          legend: {data: [data.a, data.b], type: 'scroll'},
          grid: {left: 10, right: 20, bottom: 40, top: 50, containLabel: true},
          xAxis: {type: 'log', name: 'return period, years', nameLocation: 'middle', nameGap: 28,
                  logBase: 10},
          yAxis: {type: 'value', name: 'million CNY', scale: true},
          series: [
            {name: data.a, type: 'line', data: data.exceedanceA, symbolSize: 7,
             itemStyle: {color: '#2f6fad'}},
            {name: data.b, type: 'line', data: data.exceedanceB, symbolSize: 7,
             itemStyle: {color: '#c23b22'}}]
        });
        charts.push(exceedance);
        var guarantees = echarts.init(document.getElementById('guarantees'));
        guarantees.setOption({
          tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'},
                    valueFormatter: function (v) { return money(v) + ' CNY'; }},
          legend: {data: ['mean cost, B − A', 'tail contribution, B − A']},
          grid: {left: 10, right: 20, bottom: 40, top: 50, containLabel: true},
          xAxis: {type: 'value', name: 'million CNY', nameLocation: 'middle', nameGap: 28},
          yAxis: {type: 'category', data: data.guarantees.map(function (g) { return g.code; }),
                  axisLabel: {fontSize: 10}},
          series: [
            {name: 'mean cost, B − A', type: 'bar',
             data: data.guarantees.map(function (g) { return g.mean; }),
             itemStyle: {color: '#2f6fad'}},
            {name: 'tail contribution, B − A', type: 'bar',
             data: data.guarantees.map(function (g) { return g.tail; }),
             itemStyle: {color: '#c23b22'}}]
        });
        charts.push(guarantees);
        window.addEventListener('resize', function () {
          charts.forEach(function (c) { c.resize(); });
        });
      })();
      """;
}

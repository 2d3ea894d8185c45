package org.anxin.simulator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.stats.Quantile;
import org.anxin.simulator.stats.ReturnPeriod;
import org.anxin.simulator.stats.Yuan;

/**
 * {@code report.html}: one self-contained page for a risk committee, with Apache ECharts (from its
 * WebJar) inlined so that it works offline. Every string that comes from the scenario is escaped:
 * as HTML text in the page, and with {@code <}, {@code >} and {@code &} as Unicode escapes inside
 * the embedded JSON, so no value can close the script element.
 */
public final class HtmlReport {

  private static final String ECHARTS =
      "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

  private static final int HISTOGRAM_BINS = 40;

  private HtmlReport() {}

  /** Writes the report of a run. */
  public static void write(Summary summary, TrialResults results, Scenario scenario, Writer out)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String data = scriptSafe(mapper.writeValueAsString(chartData(mapper, summary, results)));
    String scenarioText =
        mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(scenario);
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>Anxin guarantee cost: " + escape(summary.scenario()) + "</title>\n");
    out.write("<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
    out.write("<header><h1>Guarantee cost simulation <span class=\"scenario\">");
    out.write(escape(summary.scenario()) + "</span></h1>\n");
    out.write("<p class=\"description\">" + escape(scenario.description()) + "</p>\n");
    out.write(
        String.format(
            Locale.ROOT,
            "<p class=\"meta\">%,d simulated years of %,d deals &middot; seed %d &middot; catalog"
                + " %s %s &middot; amounts in CNY</p>\n</header>\n",
            summary.trials(),
            summary.dealsPerTrial(),
            summary.seed(),
            escape(summary.catalogId()),
            escape(summary.catalogVersion())));
    headline(summary, out);
    out.write("<section class=\"charts\">\n");
    chart(out, "histogram", "Distribution of the yearly net cost");
    chart(out, "exceedance", "Exceedance curve: yearly net cost by return period");
    chart(out, "guarantees", "Cost per guarantee: mean and contribution to the 99.5 % tail");
    chart(
        out,
        "cash",
        "Cash month by month: paid in the month, and outstanding at its end (advances, homes"
            + " held); mean and 99.5 %");
    out.write("</section>\n");
    guaranteeTable(summary, out);
    out.write(
        "<section><h2>Scenario</h2>\n<p>Every parameter of the run, defaults resolved.</p>\n");
    out.write("<pre class=\"scenario-text\">" + escape(scenarioText) + "</pre>\n</section>\n");
    out.write(
        "<footer>Anxin &middot; net cost = compensations + refunds + buy-back losses +"
            + " advances written off; quantiles are order statistics x(&lceil;nq&rceil;); TVaR is"
            + " the mean of the worst &lceil;n&middot;0.005&rceil; years.</footer>\n");
    out.write("<script>\n");
    out.write(echarts());
    out.write("\n</script>\n<script type=\"application/json\" id=\"anxin-data\">");
    out.write(data);
    out.write("</script>\n<script>\n" + CHARTS_SCRIPT + "</script>\n</body>\n</html>\n");
  }

  private static void headline(Summary summary, Writer out) throws IOException {
    out.write("<section class=\"cards\">\n");
    card(out, "Mean yearly net cost", Yuan.of(summary.netCost().mean()));
    card(out, "VaR 99.5 % (1 in 200 years)", Yuan.of(summary.netCost().var995().value()));
    card(out, "TVaR 99.5 %", Yuan.of(summary.netCost().tvar995()));
    card(out, "Mean gross paid", Yuan.of(summary.grossPaid().mean()));
    card(out, "Payouts per year", summary.payouts().mean().toBigDecimal(0));
    card(
        out,
        "Peak outstanding (advances, homes held), mean",
        Yuan.of(summary.peakOutstanding().mean()));
    card(
        out,
        "Peak outstanding (advances, homes held), 99.5 %",
        Yuan.of(summary.peakOutstanding().var995().value()));
    out.write("</section>\n");
  }

  private static void card(Writer out, String label, BigDecimal value) throws IOException {
    out.write(
        String.format(
            Locale.ROOT,
            "<div class=\"card\"><div class=\"label\">%s</div><div class=\"value\">%,.0f</div></div>\n",
            escape(label),
            value));
  }

  private static void chart(Writer out, String id, String title) throws IOException {
    out.write(
        "<figure><figcaption>"
            + escape(title)
            + "</figcaption><div class=\"chart\" id=\""
            + id
            + "\"></div></figure>\n");
  }

  private static void guaranteeTable(Summary summary, Writer out) throws IOException {
    out.write("<section><h2>By guarantee</h2>\n<table>\n<thead><tr><th>Guarantee</th>");
    out.write(
        "<th class=\"num\">Mean cost</th><th class=\"num\">Mean count</th>"
            + "<th class=\"num\">Share</th><th class=\"num\">TVaR 99.5 % contribution</th>"
            + "</tr></thead>\n<tbody>\n");
    for (Summary.GuaranteeLine line : summary.guarantees()) {
      out.write(
          String.format(
              Locale.ROOT,
              "<tr><td>%s</td><td class=\"num\">%,.2f</td><td class=\"num\">%,.1f</td>"
                  + "<td class=\"num\">%.1f %%</td><td class=\"num\">%,.2f</td></tr>\n",
              escape(line.code().name()),
              Yuan.of(line.meanCost()),
              line.meanCount().toBigDecimal(1),
              summary.shareOfMean(line).movePointRight(2),
              Yuan.of(line.tailContribution())));
    }
    out.write(
        String.format(
            Locale.ROOT,
            "</tbody>\n<tfoot><tr><td>Total</td><td class=\"num\">%,.2f</td><td></td><td></td>"
                + "<td class=\"num\">%,.2f</td></tr></tfoot>\n</table>\n</section>\n",
            Yuan.of(summary.netCost().mean()),
            Yuan.of(summary.netCost().tvar995())));
  }

  /** What the charts draw: a histogram of the net cost, the exceedance curve, the guarantees. */
  private static ObjectNode chartData(ObjectMapper mapper, Summary summary, TrialResults results) {
    ObjectNode data = mapper.createObjectNode();
    long min = summary.netCost().min();
    long max = summary.netCost().max();
    long width = Math.max(1, (max - min + HISTOGRAM_BINS - 1) / HISTOGRAM_BINS);
    long[] counts = new long[HISTOGRAM_BINS];
    for (int trial = 0; trial < results.trials(); trial++) {
      int bin = (int) Math.min(HISTOGRAM_BINS - 1, (results.netCost(trial) - min) / width);
      counts[bin]++;
    }
    ArrayNode histogram = data.putArray("histogram");
    for (int bin = 0; bin < HISTOGRAM_BINS; bin++) {
      ArrayNode point = histogram.addArray();
      point.add(millions(min + bin * width + width / 2));
      point.add(counts[bin]);
    }
    data.put("binWidthMillions", millions(width));
    data.put("mean", millions(summary.netCost().mean().roundHalfEven()));
    data.put("var995", millions(summary.netCost().var995().value()));
    data.put("tvar995", millions(summary.netCost().tvar995().roundHalfEven()));
    ArrayNode exceedance = data.putArray("exceedance");
    for (ReturnPeriod point : summary.netCost().exceedance()) {
      ArrayNode pair = exceedance.addArray();
      pair.add(point.years());
      pair.add(millions(point.value()));
    }
    ArrayNode quantiles = data.putArray("quantiles");
    for (Quantile quantile : summary.netCost().quantiles()) {
      quantiles.addArray().add(quantile.level()).add(millions(quantile.value()));
    }
    ArrayNode cash = data.putArray("cash");
    for (Summary.CashMonth month : summary.cashProfile()) {
      ObjectNode node = cash.addObject();
      node.put("month", month.month().toString());
      node.put("outMean", millions(month.cashOut().roundHalfEven()));
      node.put("outQ995", millions(month.cashOutQ995()));
      node.put("heldMean", millions(month.outstanding().roundHalfEven()));
      node.put("heldQ995", millions(month.outstandingQ995()));
    }
    ArrayNode guarantees = data.putArray("guarantees");
    for (Summary.GuaranteeLine line : summary.guarantees()) {
      ObjectNode node = guarantees.addObject();
      node.put("code", line.code().name());
      node.put("mean", millions(line.meanCost().roundHalfEven()));
      node.put("tail", millions(line.tailContribution().roundHalfEven()));
    }
    return data;
  }

  /** Fen as millions of yuan, 4 decimals (the charts' unit). */
  private static BigDecimal millions(long fen) {
    return BigDecimal.valueOf(fen).movePointLeft(8).setScale(4, RoundingMode.HALF_EVEN);
  }

  /** Escapes text for HTML element content and attribute values. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** JSON that can sit inside a script element: no character of it can end the element. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static String echarts() {
    try (InputStream in = HtmlReport.class.getResourceAsStream(ECHARTS)) {
      if (in == null) {
        throw new IllegalStateException("ECharts WebJar missing from the classpath: " + ECHARTS);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String STYLE =
      """
      body { font-family: -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif;
             margin: 0 auto; max-width: 1200px; padding: 24px; color: #1f2933; background: #fafbfc; }
      h1 { font-size: 24px; margin: 0 0 8px; } h2 { font-size: 18px; margin-top: 32px; }
      .scenario { color: #2f6fad; } .description { margin: 4px 0; } .meta { color: #616e7c; }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
               gap: 12px; margin: 20px 0; }
      .card { background: #fff; border: 1px solid #d9e2ec; border-radius: 6px; padding: 12px; }
      .card .label { color: #616e7c; font-size: 13px; } .card .value { font-size: 22px;
               font-weight: 600; margin-top: 4px; font-variant-numeric: tabular-nums; }
      .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr));
                gap: 16px; }
      figure { margin: 0; background: #fff; border: 1px solid #d9e2ec; border-radius: 6px;
               padding: 12px; } figcaption { font-weight: 600; margin-bottom: 8px; }
      .chart { width: 100%; height: 360px; }
      table { border-collapse: collapse; width: 100%; background: #fff; }
      th, td { border-bottom: 1px solid #e4e7eb; padding: 6px 10px; text-align: left; }
      .num { text-align: right; font-variant-numeric: tabular-nums; }
      tfoot td { font-weight: 600; }
      pre.scenario-text { background: #fff; border: 1px solid #d9e2ec; padding: 12px;
                          max-height: 480px; overflow: auto; font-size: 12px; }
      footer { margin-top: 32px; color: #616e7c; font-size: 12px; }
      """;

  private static final String CHARTS_SCRIPT =
      """
      (function () {
        var data = JSON.parse(document.getElementById('anxin-data').textContent);
        var money = function (v) { return v.toLocaleString('en-US', {maximumFractionDigits: 1}) + ' M'; };
        var marks = [
          {name: 'mean', xAxis: data.mean, label: {position: 'end'}},
          {name: 'VaR 99.5 %', xAxis: data.var995, label: {position: 'insideEndTop'}},
          {name: 'TVaR 99.5 %', xAxis: data.tvar995, label: {position: 'insideEndBottom'}}];
        echarts.init(document.getElementById('histogram')).setOption({
          tooltip: {trigger: 'axis', formatter: function (p) {
            return 'around ' + money(p[0].value[0]) + ' CNY: ' + p[0].value[1] + ' years'; }},
          grid: {left: 60, right: 30, bottom: 50},
          xAxis: {type: 'value', name: 'yearly net cost, million CNY', nameLocation: 'middle',
                  nameGap: 30, scale: true},
          yAxis: {type: 'value', name: 'simulated years'},
          series: [{type: 'bar', data: data.histogram, barWidth: '90%', itemStyle: {color: '#2f6fad'},
                    markLine: {symbol: 'none', label: {formatter: '{b}'}, data: marks}}]
        });
        echarts.init(document.getElementById('exceedance')).setOption({
          tooltip: {trigger: 'axis', formatter: function (p) {
            return '1 in ' + p[0].value[0] + ' years: ' + money(p[0].value[1]) + ' CNY'; }},
          grid: {left: 60, right: 30, bottom: 50},
          xAxis: {type: 'log', name: 'return period, years', nameLocation: 'middle', nameGap: 30,
                  logBase: 10},
          yAxis: {type: 'value', name: 'million CNY', scale: true},
          series: [{type: 'line', data: data.exceedance, symbolSize: 8, itemStyle: {color: '#c23b22'}}]
        });
        var codes = data.guarantees.map(function (g) { return g.code; }).reverse();
        echarts.init(document.getElementById('guarantees')).setOption({
          tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
          legend: {data: ['mean cost', 'TVaR 99.5 % contribution']},
          grid: {left: 170, right: 40, bottom: 50},
          xAxis: {type: 'value', name: 'million CNY', nameLocation: 'middle', nameGap: 30},
          yAxis: {type: 'category', data: codes, axisLabel: {fontSize: 10}},
          series: [
            {name: 'mean cost', type: 'bar',
             data: data.guarantees.map(function (g) { return g.mean; }).reverse(),
             itemStyle: {color: '#2f6fad'}},
            {name: 'TVaR 99.5 % contribution', type: 'bar',
             data: data.guarantees.map(function (g) { return g.tail; }).reverse(),
             itemStyle: {color: '#c23b22'}}]
        });
        var months = data.cash.map(function (m) { return m.month; });
        var line = function (name, key, color, dashed) {
          return {name: name, type: 'line', symbol: 'none', itemStyle: {color: color},
                  lineStyle: {color: color, type: dashed ? 'dashed' : 'solid'},
                  data: data.cash.map(function (m) { return m[key]; })};
        };
        echarts.init(document.getElementById('cash')).setOption({
          tooltip: {trigger: 'axis', valueFormatter: function (v) { return money(v) + ' CNY'; }},
          legend: {data: ['paid, mean', 'paid, 99.5 %', 'outstanding, mean', 'outstanding, 99.5 %']},
          grid: {left: 60, right: 30, bottom: 50, top: 50},
          xAxis: {type: 'category', data: months},
          yAxis: {type: 'value', name: 'million CNY'},
          series: [line('paid, mean', 'outMean', '#2f6fad', false),
                   line('paid, 99.5 %', 'outQ995', '#2f6fad', true),
                   line('outstanding, mean', 'heldMean', '#c23b22', false),
                   line('outstanding, 99.5 %', 'heldQ995', '#c23b22', true)]
        });
      })();
      """;
}

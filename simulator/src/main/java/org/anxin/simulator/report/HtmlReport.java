package org.anxin.simulator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.stats.TrialRanking;

/**
 * {@code report.html}: one self-contained page for a risk committee, with Apache ECharts (from its
 * WebJar) inlined so that it works offline and loads nothing from the network. From the top: the
 * headline figures with their Monte Carlo uncertainty, the numbers table and the gross-to-net
 * bridge, the charts (distribution, exceedance, convergence, per guarantee, cash), the tables per
 * guarantee and per segment, and the method and the scenario's assumptions.
 *
 * <p>Every string that comes from the scenario or the catalog is escaped: as HTML text in the page
 * ({@link ReportText#escape}), and with {@code <}, {@code >} and {@code &} as Unicode escapes
 * inside the embedded JSON, so no value can close the script element.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * Writes the report of a run.
   *
   * @param summary the run's statistics
   * @param results the run's trials
   * @param scenario the scenario run
   * @param catalog the catalog it ran against (for the guarantees' names and segments)
   * @param anxinVersion the version of Anxin that ran it, as the CLI's {@code --version} prints it
   * @param out where the page goes
   * @throws IOException when {@code out} fails
   */
  public static void write(
      Summary summary,
      TrialResults results,
      Scenario scenario,
      Catalog catalog,
      String anxinVersion,
      Writer out)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String data =
        ReportText.scriptSafe(
            mapper.writeValueAsString(ChartData.of(mapper, summary, results, catalog)));
    String scenarioText =
        mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(scenario);
    TrialRanking ranking = TrialRanking.of(results.netCosts());
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write(
        "<title>Anxin guarantee cost: " + ReportText.escape(summary.scenario()) + "</title>\n");
    out.write("<style>\n" + ReportStyle.CSS + "</style>\n</head>\n<body>\n");
    out.write("<header><h1>Guarantee cost simulation <span class=\"scenario\">");
    out.write(ReportText.escape(summary.scenario()) + "</span></h1>\n");
    out.write("<p class=\"description\">" + ReportText.escape(scenario.description()) + "</p>\n");
    out.write(
        String.format(
            Locale.ROOT,
            "<p class=\"meta\">%,d simulated years of %,d deals%s &middot; seed %d &middot;"
                + " catalog %s %s &middot; %s &middot; amounts in CNY, M = million</p>\n</header>\n",
            summary.trials(),
            summary.dealsPerTrial(),
            summary.sampling().stratified()
                ? ", the market factor stratified over "
                    + summary.sampling().batches()
                    + " batches (<a href=\"#method\">intervals from them</a>)"
                : "",
            summary.seed(),
            ReportText.escape(summary.catalogId()),
            ReportText.escape(summary.catalogVersion()),
            ReportText.escape(anxinVersion)));
    if (summary.tooShortForItsTail()) {
      out.write(
          String.format(
              Locale.ROOT,
              "<p class=\"warning\" id=\"too-short\"><strong>Too few trials for the tail.</strong>"
                  + " Only %,d simulated years lie beyond the 99.5 %% quantile (fewer than %d):"
                  + " VaR and TVaR 99.5 %% rest on a handful of years and their intervals are wide."
                  + " Run at least %,d trials before deciding on them.</p>\n",
              summary.tail().tailTrials(),
              Summary.ENOUGH_TAIL_TRIALS,
              Summary.ENOUGH_TRIALS));
    }
    Headline.write(summary, out);

    out.write("<section id=\"numbers\"><h2>The numbers</h2>\n");
    out.write(
        "<p class=\"note\">The yearly net cost at each level q, and the TVaR at q: the mean of the"
            + " worst &lceil;n(1 &minus; q)&rceil; simulated years. The row of 99.5 % is the"
            + " headline's VaR and TVaR.</p>\n");
    NumbersTable.write(NumbersTable.rows(summary.netCost(), ranking), out);
    out.write("<h3>From gross paid to net cost</h3>\n");
    Bridge.of(results).write(out);
    out.write("</section>\n");

    out.write("<section id=\"distribution\"><h2>Distribution and convergence</h2>\n");
    out.write("<div class=\"charts\">\n");
    out.write(
        "<figure><figcaption>Distribution of the yearly net cost <label class=\"toggle\"><input"
            + " type=\"checkbox\" id=\"histogram-log\"> log scale</label></figcaption><div"
            + " class=\"chart\" id=\"histogram\"></div></figure>\n");
    chart(out, "exceedance", "Exceedance curve: yearly net cost by return period", "");
    chart(
        out,
        "convergence",
        "Convergence: mean and VaR 99.5 % of the first m trials, with 95 % intervals",
        "If the last points still move outside each other's band, the run is too short for the"
            + " figure.");
    out.write("</div>\n</section>\n");

    out.write(
        "<section id=\"guarantees-section\"><h2>Per guarantee</h2>\n<div class=\"charts\">\n");
    chart(
        out,
        "guarantees",
        "Mean cost and contribution to the 99.5 % tail, by tail contribution",
        "");
    chart(
        out,
        "guarantee-curves",
        "Exceedance curves of the guarantees that carry the tail",
        "Each guarantee's own yearly cost by return period; click a name to hide it.");
    out.write("</div>\n");
    GuaranteeTables.writeGuarantees(summary, catalog, out);
    out.write("<h3>By segment</h3>\n");
    GuaranteeTables.writeSegments(summary, catalog, out);
    out.write(
        "<p class=\"note\">A guarantee counts in the segments its catalog entry covers; one that"
            + " covers several (commission refunds: resale and new homes; the per-report"
            + " guarantees: all) is shown as such, its cost not split.</p>\n</section>\n");

    out.write("<section id=\"cash-section\"><h2>Cash month by month</h2>\n");
    chart(
        out,
        "cash",
        "Paid in the month, and outstanding at its end (advances not yet recovered, homes held)",
        "Solid lines are the means over the trials; dashed lines the 99.5 % quantile of each"
            + " month taken on its own (pointwise): no single simulated year need reach them all,"
            + " and they do not add up to a year's 99.5 %.");
    out.write("</section>\n");

    Method.write(summary, scenario, anxinVersion, out);
    out.write("<details><summary>The scenario as run, every parameter (JSON)</summary>\n");
    out.write(
        "<pre class=\"scenario-text\">" + ReportText.escape(scenarioText) + "</pre>\n</details>\n");
    out.write("</section>\n");
    out.write(
        "<footer>Anxin &middot; "
            + ReportText.escape(anxinVersion)
            + " &middot; net cost = compensations + refunds + buy-back losses + advances written"
            + " off.</footer>\n");
    out.write("<script>\n");
    out.write(HtmlText.echarts());
    out.write("\n</script>\n<script type=\"application/json\" id=\"anxin-data\">");
    out.write(data);
    out.write("</script>\n<script>\n" + ReportScript.JS + "</script>\n</body>\n</html>\n");
  }

  private static void chart(Writer out, String id, String title, String note) throws IOException {
    out.write(
        (id.equals("convergence") || id.equals("cash") ? "<figure class=\"wide\">" : "<figure>")
            + "<figcaption>"
            + ReportText.escape(title)
            + "</figcaption><div class=\"chart\" id=\""
            + id
            + "\"></div>"
            + (note.isEmpty() ? "" : "<p class=\"note\">" + ReportText.escape(note) + "</p>")
            + "</figure>\n");
  }
}

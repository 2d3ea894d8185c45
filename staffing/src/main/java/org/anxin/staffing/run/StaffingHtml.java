package org.anxin.staffing.run;

import static org.anxin.simulator.report.HtmlText.escape;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anxin.simulator.report.HtmlText;
import org.anxin.sla.calendar.ContinuousCalendar;
import org.anxin.sla.policy.Milestone;
import org.anxin.sla.policy.SlaPolicy;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.scenario.PolicySettings;

/**
 * {@code staffing.html}: one self-contained page for a customer-service director, with Apache
 * ECharts (from its WebJar) inlined so that it works offline and loads nothing from the network.
 * From the top: the promise and the run, the headline (the recommended headcount, its probability,
 * the months that drive it), the compliance-vs-headcount curve, the months at the recommended
 * headcount, every headcount of the sweep, the roster, and the method.
 *
 * <p>Every string from the scenario (its name, its teams' and shifts' names) is escaped as HTML
 * text; the embedded chart data holds numbers and fixed labels only, made script-safe all the same.
 */
public final class StaffingHtml {

  private StaffingHtml() {}

  /**
   * Writes the page.
   *
   * @param summary the run's figures
   * @param policy the promise the run was held to (its calendar and monthly objective), as the
   *     scenario's {@code complaints.policy}
   * @param scenarioName the scenario's name, as the user gave it
   * @param version the version of Anxin that ran it, as the first line of the CLI's {@code
   *     --version} prints it (e.g. {@code anxin 0.2.0})
   * @param out where the page goes
   * @throws IOException when {@code out} fails
   */
  public static void write(
      StaffingSummary summary,
      PolicySettings policy,
      String scenarioName,
      String version,
      Writer out)
      throws IOException {
    List<Double> thresholds =
        List.of(
            policy.objective().response() / 100.0,
            policy.objective().solution() / 100.0,
            policy.objective().resolution() / 100.0);
    Optional<StaffingSummary.Recommendation> rec = summary.recommendation();
    StaffingSummary.Point detail = detailPoint(summary);
    ObjectMapper mapper = new ObjectMapper();
    String data =
        HtmlText.scriptSafe(
            mapper.writeValueAsString(StaffingChartData.of(mapper, summary, thresholds, detail)));

    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>30124 staffing: " + escape(scenarioName) + "</title>\n");
    out.write("<style>\n" + StaffingStyle.CSS + "</style>\n</head>\n<body>\n");
    out.write("<header><h1>30124 staffing — <span class=\"scenario\">");
    out.write(escape(scenarioName) + "</span></h1>\n");
    out.write(
        String.format(
            Locale.ROOT,
            "<p class=\"meta\">Calendar year %d &middot; %,d simulated years &middot; seed %d"
                + " &middot; headcounts %s &middot; %s</p>\n",
            summary.year(),
            summary.trials(),
            summary.seed(),
            escape(StaffingText.headcounts(headcounts(summary))),
            escape(version)));
    out.write("<p class=\"promise\">" + escape(promise(summary, policy)) + "</p>\n</header>\n");

    headline(summary, rec, out);

    out.write("<section id=\"curve-section\"><h2>Compliance against headcount</h2>\n");
    out.write(
        "<figure><figcaption>Probability that every month of "
            + summary.year()
            + " meets the objective, by headcount</figcaption>"
            + "<div class=\"chart\" id=\"curve\"></div><p class=\"note\">The band is the 95 %"
            + " Wilson interval of each probability over the "
            + String.format(Locale.ROOT, "%,d", summary.trials())
            + " simulated years; the dashed line is the target probability"
            + (rec.isPresent() ? ", the green line the recommendation" : "")
            + ". Every headcount is run on the same complaints (common random numbers), so the"
            + " differences between points are the staff's, not the arrivals'.</p></figure>\n");
    out.write("</section>\n");

    out.write(
        "<section id=\"months-section\"><h2>Month by month at "
            + detail.headcount()
            + " seats"
            + (rec.isPresent() ? " (recommended)" : " (the largest tried)")
            + "</h2>\n");
    out.write(
        "<figure><figcaption>Monthly met ratio per target: median (p50) with the p5–p95 band"
            + " across simulated years</figcaption><div class=\"chart\" id=\"months\"></div>"
            + "<p class=\"note\">Dashed lines are the objectives; a month meets the objective"
            + " when all three ratios reach theirs.</p></figure>\n");
    List<YearMonth> marked = summary.drivingMonths();
    StaffingTables.months(detail, marked, out);
    out.write(
        "<p class=\"note\">P(month meets): the share of simulated years in which the month meets"
            + " every target's objective. The error budget is the breaches the resolution"
            + " objective still allows in the month (negative: missed), by the <code>anxin sla"
            + " report</code> rule; percentiles are nearest-rank across the simulated years."
            + (marked.isEmpty()
                ? ""
                : " Months marked <em>drives</em> are those that fail most often "
                    + escape(drivingWhere(summary))
                    + ".")
            + "</p>\n</section>\n");

    out.write("<section id=\"headcounts-section\"><h2>Every headcount tried</h2>\n");
    StaffingTables.headcounts(summary, rec, out);
    out.write(
        "<p class=\"note\">Year: the mean over the simulated years of the year's met ratio of each"
            + " target.</p>\n</section>\n");

    out.write("<section id=\"roster-section\"><h2>The roster at " + detail.headcount());
    out.write(" seats</h2>\n");
    StaffingTables.roster(detail, out);
    out.write(
        "<p class=\"note\">Seats on a working day of the team's calendar, and on its days off"
            + " (weekends and statutory holidays on a cn-workday calendar: the skeleton). On any"
            + " day each seat's holder may be away (shrinkage).</p>\n</section>\n");

    method(summary, version, out);
    out.write("<footer>" + escape(version) + " &middot; the 30124 staffing simulation</footer>\n");
    out.write("<script>\n");
    out.write(HtmlText.echarts());
    out.write("\n</script>\n<script type=\"application/json\" id=\"anxin-data\">");
    out.write(data);
    out.write("</script>\n<script>\n" + StaffingScript.JS + "</script>\n</body>\n</html>\n");
  }

  /** The headcount the months, and the roster, are shown at: the recommended, else the largest. */
  static StaffingSummary.Point detailPoint(StaffingSummary summary) {
    Optional<StaffingSummary.Recommendation> rec = summary.recommendation();
    if (rec.isPresent()) {
      for (StaffingSummary.Point p : summary.points()) {
        if (p.headcount() == rec.get().headcount()) {
          return p;
        }
      }
    }
    return summary.points().stream()
        .max(Comparator.comparingInt(StaffingSummary.Point::headcount))
        .orElseThrow();
  }

  private static List<Integer> headcounts(StaffingSummary summary) {
    return summary.points().stream().map(StaffingSummary.Point::headcount).toList();
  }

  /** The point the driving months are read at, by the summary's rule. */
  static int referenceIndex(StaffingSummary summary) {
    List<StaffingSummary.Point> points = summary.points();
    int index = 0;
    while (points.get(index).headcount() != summary.drivingHeadcount()) {
      index++;
    }
    return index;
  }

  /** Where the driving months were found, in the summary's rule. */
  private static String drivingWhere(StaffingSummary summary) {
    int index = referenceIndex(summary);
    int headcount = summary.points().get(index).headcount();
    if (summary.recommendation().isEmpty()) {
      return "at " + headcount + " seats, the best tried";
    }
    return summary.recommendation().get().headcount() == headcount
        ? "at the recommendation, the smallest headcount tried"
        : "one step below the recommendation, at " + headcount + " seats";
  }

  private static String promise(StaffingSummary summary, PolicySettings policy) {
    SlaPolicy preset = SlaPolicy.preset30124();
    int[] percents = {
      policy.objective().response(), policy.objective().solution(), policy.objective().resolution()
    };
    String[] what = {"get a first response", "get a solution", "are resolved"};
    StringBuilder text =
        new StringBuilder("The 30124 promise, in every month of ")
            .append(summary.year())
            .append(": ");
    for (int k = 0; k < StaffingModel.TARGETS.size(); k++) {
      Milestone milestone = StaffingModel.TARGETS.get(k);
      text.append(k == 0 ? "" : k == StaffingModel.TARGETS.size() - 1 ? " and " : ", ")
          .append("at least ")
          .append(percents[k])
          .append(" % of complaints ")
          .append(what[k])
          .append(" within ")
          .append(StaffingText.budget(preset.target(milestone).budget()));
    }
    boolean continuous =
        policy.calendar().strip().toLowerCase(Locale.ROOT).equals(ContinuousCalendar.ID);
    text.append(
            continuous
                ? ", counted around the clock (24x7)"
                : ", counted in the working time of the " + policy.calendar() + " calendar")
        .append(". A headcount keeps it when the simulated year meets it in every month with a")
        .append(" probability of at least ")
        .append(StaffingText.percent(summary.targetProbability(), 0))
        .append('.');
    return text.toString();
  }

  private static void headline(
      StaffingSummary summary, Optional<StaffingSummary.Recommendation> rec, Writer out)
      throws IOException {
    String target = StaffingText.percent(summary.targetProbability(), 0);
    out.write("<section class=\"cards\" id=\"headline\">\n");
    if (rec.isPresent()) {
      StaffingSummary.Point p = detailPoint(summary);
      card(
          out,
          "key",
          "Recommended headcount",
          String.valueOf(rec.get().headcount()),
          "the smallest headcount tried whose every month meets the objective with probability ≥ "
              + target);
      card(
          out,
          "",
          "Probability every month meets",
          StaffingText.probability(rec.get().probability()),
          "95 % Wilson interval "
              + StaffingText.interval(p.low(), p.high())
              + String.format(Locale.ROOT, ", over %,d simulated years", summary.trials()));
    } else {
      StaffingSummary.Point best =
          summary.points().stream()
              .max(
                  Comparator.comparingDouble(StaffingSummary.Point::probabilityEveryMonth)
                      .thenComparing(StaffingSummary.Point::headcount, Comparator.reverseOrder()))
              .orElseThrow();
      card(
          out,
          "miss",
          "Recommended headcount",
          "none in the sweep reaches " + target,
          "try more headcounts above " + detailPoint(summary).headcount());
      card(
          out,
          "",
          "Best point of the sweep",
          best.headcount() + " seats: " + StaffingText.probability(best.probabilityEveryMonth()),
          "95 % Wilson interval "
              + StaffingText.interval(best.low(), best.high())
              + String.format(Locale.ROOT, ", over %,d simulated years", summary.trials()));
    }
    List<YearMonth> driving = summary.drivingMonths();
    String where = drivingWhere(summary);
    String months;
    String detail;
    if (!driving.isEmpty()) {
      months = join(driving);
      detail = "the months that fail most often " + where + ", worst first";
    } else {
      months = "none";
      detail = "no month fails in any simulated year " + where;
    }
    card(out, "", "Months that drive it", months, detail);
    card(
        out,
        "",
        "Complaints a year",
        String.format(Locale.ROOT, "%,.0f", summary.meanComplaints()),
        "the mean over the simulated years: payouts' complaints and the background");
    out.write("</section>\n");
  }

  private static String join(List<YearMonth> months) {
    return months.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
  }

  private static void card(Writer out, String kind, String label, String value, String detail)
      throws IOException {
    out.write(
        "<div class=\"card"
            + (kind.isEmpty() ? "" : " " + kind)
            + "\"><div class=\"label\">"
            + escape(label)
            + "</div><div class=\"value\">"
            + escape(value)
            + "</div><div class=\"detail\">"
            + escape(detail)
            + "</div></div>\n");
  }

  private static void method(StaffingSummary summary, String version, Writer out)
      throws IOException {
    out.write("<section id=\"method\"><h2>Method</h2>\n<ul class=\"method\">\n");
    out.write(
        String.format(
            Locale.ROOT,
            "<li><strong>A simulated year</strong> is one trial of the liability engine for seed"
                + " %d: its guarantee payouts file complaints on their days, and background"
                + " complaints (most of the volume) arrive with the month's and the weekday's"
                + " seasonality, on the statutory holidays and make-up working days of %d. Each"
                + " complaint's stages (first response, solution, closure) need a skill and take"
                + " handling time; waits for the customer or a third party pause the clocks, and"
                + " some complaints reopen.</li>\n",
            summary.seed(),
            summary.year()));
    out.write(
        "<li><strong>The queue</strong> is a discrete-event simulation per year: each free seat"
            + " takes the complaint whose earliest unmet target is due first (earliest deadline"
            + " first, no pre-emption). The simulated complaints are judged by the <code>sla"
            + "</code> module's own 30124 rules, the same as a real complaints CSV is by"
            + " <code>anxin sla report</code>.</li>\n");
    out.write(
        "<li><strong>Common random numbers:</strong> every headcount of the sweep is run on the"
            + " same complaints and the same absences per seat, so the curve's steps come from"
            + " the staff alone.</li>\n");
    out.write(
        "<li><strong>The roster</strong> of a headcount splits it over the teams' shifts by their"
            + " shares with the Sainte-Laguë method, which is house-monotone: one more person"
            + " never takes a seat away from any shift.</li>\n");
    out.write(
        "<li><strong>Probabilities</strong> are shares of the simulated years, with 95 % Wilson"
            + " score intervals for the Monte Carlo error only, not the model's.</li>\n");
    out.write(
        "<li><strong>More:</strong> <code>docs/staffing.md</code> in Anxin's sources describes"
            + " the model, the scenario's <code>complaints</code> section and its defaults;"
            + " version "
            + escape(version)
            + ".</li>\n</ul>\n</section>\n");
  }
}

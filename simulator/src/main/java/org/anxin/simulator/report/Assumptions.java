package org.anxin.simulator.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.anxin.guarantees.catalog.Segments;
import org.anxin.simulator.scenario.Dist;
import org.anxin.simulator.scenario.RiskKind;
import org.anxin.simulator.scenario.RiskSpec;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.StressRegime;

/**
 * The scenario's main assumptions as tables a reader can check against the text of a brief: the
 * book, each risk's probability, ρ and severity, and the rest in words. The raw scenario stays in
 * the page, collapsed, for everything these leave out.
 */
final class Assumptions {

  private Assumptions() {}

  /** A distribution in words: {@code lognormal, median 4,500,000, σ 0.5}. */
  static String describe(Dist dist) {
    if (dist == null) {
      return "—";
    }
    if (dist instanceof Dist.Fixed f) {
      return ReportText.plain(f.value());
    }
    if (dist instanceof Dist.Uniform u) {
      return "uniform " + ReportText.plain(u.min()) + " to " + ReportText.plain(u.max());
    }
    if (dist instanceof Dist.LogNormal l) {
      return "lognormal, median "
          + ReportText.plain(l.median())
          + ", σ "
          + ReportText.plain(l.sigma());
    }
    if (dist instanceof Dist.Discrete d) {
      return discrete(d);
    }
    if (dist instanceof Dist.Exponential e) {
      return "exponential, mean " + ReportText.plain(e.mean());
    }
    Dist.ShareOf s = (Dist.ShareOf) dist;
    return "a share of the " + s.attribute().key() + ": " + describe(s.share());
  }

  private static String discrete(Dist.Discrete d) {
    double total = d.weights().stream().mapToDouble(Double::doubleValue).sum();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < d.values().size(); i++) {
      parts.add(
          ReportText.plain(d.values().get(i))
              + " ("
              + ReportText.percent(d.weights().get(i) / total)
              + ")");
    }
    return "one of " + String.join(", ", parts);
  }

  /** Writes the assumptions tables. */
  static void write(Scenario s, Writer out) throws IOException {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        row("Deals in the book (first year)", String.format(Locale.ROOT, "%,d", s.book().deals())));
    rows.add(
        row(
            "Mix",
            "resale "
                + ReportText.percent(s.book().mix().resale())
                + ", new home "
                + ReportText.percent(s.book().mix().newHome())
                + ", rental "
                + ReportText.percent(s.book().mix().rental())));
    rows.add(row("Resale price, CNY", describe(s.book().resale().price())));
    rows.add(row("Resale deposit, share of the price", describe(s.book().resale().depositShare())));
    rows.add(row("Resale commission rate", ReportText.percent(s.book().resale().commissionRate())));
    rows.add(row("Buyers with a loan", ReportText.percent(s.book().resale().loanShare())));
    rows.add(row("New-home price, CNY", describe(s.book().newHome().price())));
    rows.add(row("Monthly rent, CNY", describe(s.book().rental().monthlyRent())));
    rows.add(
        row(
            "Calendar year",
            s.calendar().year()
                + (s.calendar().isFlat() ? ", no seasons" : ", seasonal deal starts")));
    rows.add(row("Swap chains: share of resale deals", ReportText.percent(s.swap().share())));
    rows.add(row("Swap chains: funding links per chain", describe(s.swap().linksPerChain())));
    rows.add(
        row(
            "Swap chains: rescue (a buyer found for the broken sale)",
            ReportText.percent(s.swap().rescueProbability())
                + " within "
                + s.swap().resaleWindowDays()
                + " days; delay "
                + describe(s.swap().resaleDelayDays())
                + " days"));
    rows.add(row("Advances: share recovered", describe(s.advances().recoveredShare())));
    rows.add(row("Advances: days to recovery", describe(s.advances().recoveryDelayDays())));
    rows.add(row("Buy-backs: resale discount", describe(s.buyBack().resaleDiscount())));
    rows.add(row("Buy-backs: days held", describe(s.buyBack().resaleDelayDays())));
    rows.add(
        row(
            "Bad-year loadings λ (recovered share, recovery delay, resale discount, resale delay)",
            ReportText.plain(s.badYear().recoveredShare())
                + ", "
                + ReportText.plain(s.badYear().recoveryDelayDays())
                + ", "
                + ReportText.plain(s.badYear().resaleDiscount())
                + ", "
                + ReportText.plain(s.badYear().resaleDelayDays())));
    rows.add(
        row("Claims: days from the event to the filing", describe(s.claims().filingDelayDays())));
    rows.add(
        row(
            "Per-report claims a year (fake listings, cold calls)",
            ReportText.plain(s.perReport().trueListingPerYear())
                + ", "
                + ReportText.plain(s.perReport().noColdCallsPerYear())));
    StressRegime regime = s.stress().active();
    rows.add(
        row(
            "Stress regime in force",
            regime == null
                ? "none"
                : s.stress().regime() + ": " + regime.description() + multipliers(regime)));
    rows.add(
        row(
            "Programme (several years): growth, persistence φ",
            ReportText.percent(s.programme().growth())
                + " a year, "
                + ReportText.plain(s.programme().persistence())));
    table(out, "assumptions", new String[] {"Assumption", "Value"}, rows);

    List<String[]> risks = new ArrayList<>();
    for (RiskKind kind : RiskKind.values()) {
      RiskSpec spec = s.risks().spec(kind);
      double factor = regime == null ? 1 : regime.multiplier(kind);
      String probability = ReportText.percent(spec.probability());
      if (factor != 1) {
        probability +=
            " × "
                + ReportText.plain(factor)
                + " = "
                + ReportText.percent(spec.probability() * factor);
      }
      risks.add(
          new String[] {
            kind.key(),
            Segments.id(kind.segment()),
            probability,
            ReportText.plain(spec.rho()),
            kind.hasSeverity()
                ? severityUnit(kind) + describe(spec.severity())
                : "follows from the deal"
          });
    }
    table(
        out,
        "risks",
        new String[] {"Risk", "Segment", "Probability a year", "ρ", "Severity"},
        risks);
  }

  /** What a risk's severity measures, in words (docs/scenarios.md, "severity (unit)"). */
  private static String severityUnit(RiskKind kind) {
    return switch (kind) {
      case SEIZURE_BEFORE_SIGNING -> "share of the deposit the owners do not refund: ";
      case SEIZURE_AFTER_SIGNING -> "share of the price the seller fails to refund: ";
      case TAX_ERROR -> "actual minus quoted taxes, CNY: ";
      case FEE_ARREARS -> "arrears claimed, CNY: ";
      case HUKOU_NOT_MOVED -> "damages, CNY: ";
      case LEAK -> "repair cost, CNY: ";
      case NEW_HOME_SUBSCRIPTION -> "share of the subscription not refunded: ";
      case NEW_HOME_PRICE -> "quoted price above the developer's, CNY: ";
      case RENTAL_SWITCH -> "re-letting cost, CNY: ";
      case RENTAL_LEAK -> "days unusable: ";
      case RENTAL_DEPOSIT -> "share of the security deposit withheld: ";
      case BUYER_CANNOT_FUND, LOAN_REFUSED, STIGMATIZED_HOME, RADIATION -> "";
    };
  }

  private static String multipliers(StressRegime regime) {
    if (regime.multipliers().isEmpty()) {
      return "";
    }
    return " (probabilities × "
        + regime.multipliers().entrySet().stream()
            .map(e -> e.getKey() + " " + ReportText.plain(e.getValue()))
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static String[] row(String name, String value) {
    return new String[] {name, value};
  }

  private static void table(Writer out, String css, String[] head, List<String[]> rows)
      throws IOException {
    out.write("<div class=\"table-wrap\"><table class=\"" + css + "\">\n<thead><tr>");
    for (String h : head) {
      out.write("<th>" + ReportText.escape(h) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    for (String[] row : rows) {
      out.write("<tr>");
      for (String cell : row) {
        out.write("<td>" + ReportText.escape(cell) + "</td>");
      }
      out.write("</tr>\n");
    }
    out.write("</tbody>\n</table></div>\n");
  }
}

package org.anxin.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.anxin.domain.Printable;
import org.anxin.sla.calendar.BusinessDurations;
import org.anxin.sla.policy.Milestone;
import org.anxin.sla.policy.SlaTarget;
import org.anxin.sla.report.ComplianceReport;
import org.anxin.sla.report.GroupReport;
import org.anxin.sla.report.ObjectiveReport;
import org.anxin.sla.report.TargetReport;

/** The compliance report as a plain-text table. */
final class SlaReportTable {

  private static final String ROW =
      "%-18s %5s %4s %4s  %-12s %-12s %-12s %4s %6s %6s  %-9s %7s %7s %7s%n";

  private SlaReportTable() {}

  static String render(ComplianceReport report, String source) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s report: %s, %d complaints, as of %s%n",
            report.policy().name(),
            Printable.escape(source),
            report.overall().complaints(),
            OffsetDateTime.ofInstant(report.asOf(), report.zone())));
    StringBuilder targets = new StringBuilder("targets:");
    for (SlaTarget target : report.policy().targets()) {
      targets.append(
          String.format(
              Locale.ROOT,
              " %s <= %s,",
              target.milestone().label(),
              BusinessDurations.format(target.budget())));
    }
    targets.setLength(targets.length() - 1);
    SlaTarget first = report.policy().targets().get(0);
    out.append(targets)
        .append(
            String.format(
                Locale.ROOT,
                " on %s (version %s)%n",
                first.calendar().id(),
                first.calendar().version()));
    ObjectiveReport objective = report.overall().objective();
    out.append(
        String.format(
            Locale.ROOT,
            "objective: >= %d%% of complaints meet the %s target; error budget = floor(%s x N)"
                + " - breaches%n%n",
            objective.objective().percent(),
            objective.objective().milestone().label(),
            BigDecimal.valueOf(100 - objective.objective().percent(), 2)
                .stripTrailingZeros()
                .toPlainString()));
    Milestone goal = objective.objective().milestone();
    out.append(
        String.format(
            Locale.ROOT,
            ROW,
            "group",
            "cases",
            "open",
            "reop",
            "response",
            "solution",
            "resolution",
            "N",
            "breach",
            "budget",
            "objective",
            "p50",
            "p90",
            "p99"));
    for (GroupReport group : report.groups()) {
      TargetReport main = group.target(goal);
      out.append(
          String.format(
              Locale.ROOT,
              ROW,
              group.dimension().label().equals("all")
                  ? "all"
                  : group.dimension().label() + " " + Printable.escape(group.key()),
              group.complaints(),
              group.open(),
              group.reopened(),
              met(group.target(Milestone.FIRST_RESPONSE)),
              met(group.target(Milestone.SOLUTION)),
              met(group.target(Milestone.RESOLUTION)),
              main.counted(),
              main.breaches(),
              group.objective().errorBudgetLeft(),
              group.objective().status().name(),
              duration(main.p50()),
              duration(main.p90()),
              duration(main.p99())));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nmet = met/N per target; N leaves out open complaints still within their deadline."
                + "%nbreach, budget, objective and p50/p90/p99 (nearest rank, closed complaints)"
                + " are for the %s target.%n",
            goal.label()));
    out.append(String.format(Locale.ROOT, "%nbusiness time taken, all complaints:%n"));
    for (TargetReport target : report.overall().targets()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-15s p50 %-7s p90 %-7s p99 %-7s (%d closed)%n",
              target.milestone().label(),
              duration(target.p50()),
              duration(target.p90()),
              duration(target.p99()),
              target.closed()));
    }
    return out.toString();
  }

  private static String met(TargetReport target) {
    if (target.counted() == 0) {
      return "0/0";
    }
    BigDecimal percent =
        BigDecimal.valueOf(target.met() * 100L)
            .divide(BigDecimal.valueOf(target.counted()), 1, RoundingMode.HALF_EVEN);
    return target.met() + "/" + target.counted() + " " + percent.toPlainString() + "%";
  }

  private static String duration(Optional<Duration> duration) {
    return duration.map(BusinessDurations::format).orElse("-");
  }
}

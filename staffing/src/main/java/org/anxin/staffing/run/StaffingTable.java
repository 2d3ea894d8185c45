package org.anxin.staffing.run;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.queue.StaffPlan;

/** The summary of a staffing run as the plain table {@code anxin staffing} prints. */
public final class StaffingTable {

  private StaffingTable() {}

  /** Prints {@code summary} to {@code out}. */
  public static void print(
      StaffingSummary summary, StaffingModel model, String scenario, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "30124 staffing: %s, %d, %,d trials, seed %d%n",
        scenario,
        summary.year(),
        summary.trials(),
        summary.seed());
    out.printf(Locale.ROOT, "Complaints a year: %,.0f (mean)%n", summary.meanComplaints());
    out.printf(
        Locale.ROOT,
        "Objective, every month: response <= %d min for %d %%, solution <= %d h for %d %%,"
            + " resolution <= %d h for %d %%; wanted with probability %.0f %%%n",
        model.policy().target(StaffingModel.TARGETS.get(0)).budget().toMinutes(),
        model.objective(0).percent(),
        model.policy().target(StaffingModel.TARGETS.get(1)).budget().toHours(),
        model.objective(1).percent(),
        model.policy().target(StaffingModel.TARGETS.get(2)).budget().toHours(),
        model.objective(2).percent(),
        summary.targetProbability() * 100);
    out.println();
    out.println("headcount  P(every month)  95 % interval   response  solution  resolution");
    for (StaffingSummary.Point p : summary.points()) {
      out.printf(
          Locale.ROOT,
          "%9d  %14.3f  %.3f-%.3f   %7.2f %%  %6.2f %%  %8.2f %%%n",
          p.headcount(),
          p.probabilityEveryMonth(),
          p.low(),
          p.high(),
          p.yearRatio().get(0) * 100,
          p.yearRatio().get(1) * 100,
          p.yearRatio().get(2) * 100);
    }
    out.println();
    String driving =
        summary.drivingMonths().isEmpty()
            ? "none below the target"
            : summary.drivingMonths().stream()
                .map(Object::toString)
                .collect(Collectors.joining(", "));
    if (summary.recommendation().isPresent()) {
      StaffingSummary.Recommendation r = summary.recommendation().get();
      out.printf(
          Locale.ROOT,
          "Recommended headcount: %d (every month meets the objective in %.1f %% of years)%n",
          r.headcount(),
          r.probability() * 100);
      out.println("Months that drive it (fail most often one step below): " + driving);
      summary.points().stream()
          .filter(p -> p.headcount() == r.headcount())
          .findFirst()
          .ifPresent(p -> printRoster(p, out));
    } else {
      StaffingSummary.Point last = summary.points().get(summary.points().size() - 1);
      out.printf(
          Locale.ROOT,
          "No headcount up to %d meets the objective in %.0f %% of years (best: %.1f %%);"
              + " try a larger --headcount%n",
          last.headcount(),
          summary.targetProbability() * 100,
          last.probabilityEveryMonth() * 100);
      out.println("Months that fail most often at " + last.headcount() + ": " + driving);
    }
  }

  private static void printRoster(StaffingSummary.Point point, PrintWriter out) {
    out.println("Roster (seats on a working day / on a day off):");
    for (StaffPlan.Cell cell : point.roster()) {
      out.printf(
          Locale.ROOT,
          "  %-16s %-10s %4d / %d%n",
          cell.teamName(),
          cell.shiftName(),
          cell.seats(),
          cell.offDaySeats());
    }
  }
}

package org.anxin.staffing.run;

import static org.anxin.simulator.report.HtmlText.escape;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.queue.StaffPlan;

/**
 * The staffing page's tables: the months at one headcount, every headcount of the sweep, and the
 * roster at one headcount. Each table sits in its own scrolling box so a phone's page never scrolls
 * sideways; team and shift names come from the scenario and are escaped.
 */
final class StaffingTables {

  private static final int RESOLUTION = StaffingModel.TARGETS.size() - 1;

  private StaffingTables() {}

  /** Each month's probability of meeting the objective and the spread of its ratios. */
  static void months(StaffingSummary.Point point, List<YearMonth> driving, Writer out)
      throws IOException {
    out.write("<div class=\"table-wrap\"><table class=\"months\">\n<thead><tr><th>Month</th>");
    out.write("<th class=\"num\">P(month meets)</th>");
    for (var target : StaffingModel.TARGETS) {
      out.write(
          "<th class=\"num\">"
              + escape(capitalised(target.label()))
              + " <span class=\"sub\">p50 (p5–p95)</span></th>");
    }
    out.write(
        "<th class=\"num\">Resolution error budget <span class=\"sub\">p50 (p5 to p95)</span>"
            + "</th></tr></thead>\n<tbody>\n");
    for (StaffingSummary.Month m : point.months()) {
      boolean drives = driving.contains(m.month());
      out.write(drives ? "<tr class=\"drives\">" : "<tr>");
      out.write(
          "<td class=\"month\">"
              + m.month()
              + (drives ? " <span class=\"tag\">drives</span>" : "")
              + "</td><td class=\"num\">"
              + StaffingText.probability(m.probabilityMeets())
              + "</td>");
      for (StaffingSummary.Spread s : m.ratio()) {
        out.write("<td class=\"num\">" + StaffingText.spread(s) + "</td>");
      }
      out.write(
          "<td class=\"num\">"
              + StaffingText.spread(m.errorBudget().get(RESOLUTION))
              + "</td></tr>\n");
    }
    out.write("</tbody></table></div>\n");
  }

  /** Every headcount: its probability with interval and the year's mean ratio per target. */
  static void headcounts(
      StaffingSummary summary, Optional<StaffingSummary.Recommendation> rec, Writer out)
      throws IOException {
    out.write("<div class=\"table-wrap\"><table class=\"headcounts\">\n<thead><tr>");
    out.write("<th class=\"num\">Headcount</th><th class=\"num\">P(every month meets)</th>");
    out.write("<th class=\"num\">95 % interval</th>");
    for (var target : StaffingModel.TARGETS) {
      out.write(
          "<th class=\"num\">"
              + escape(capitalised(target.label()))
              + " <span class=\"sub\">year</span></th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    for (StaffingSummary.Point p : summary.points()) {
      boolean recommended = rec.isPresent() && rec.get().headcount() == p.headcount();
      out.write(recommended ? "<tr class=\"key\">" : "<tr>");
      out.write(
          "<td class=\"num\">"
              + p.headcount()
              + (recommended ? " <span class=\"tag\">recommended</span>" : "")
              + "</td><td class=\"num\">"
              + StaffingText.probability(p.probabilityEveryMonth())
              + "</td><td class=\"num\">"
              + StaffingText.interval(p.low(), p.high())
              + "</td>");
      for (double ratio : p.yearRatio()) {
        out.write("<td class=\"num\">" + StaffingText.ratio(ratio) + "</td>");
      }
      out.write("</tr>\n");
    }
    out.write("</tbody></table></div>\n");
  }

  private static String capitalised(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  /** The roster: every team's shifts with their seats on working days and on days off. */
  static void roster(StaffingSummary.Point point, Writer out) throws IOException {
    out.write("<div class=\"table-wrap\"><table class=\"roster\">\n<thead><tr><th>Team</th>");
    out.write("<th>Shift</th><th class=\"num\">Seats, working day</th>");
    out.write("<th class=\"num\">Seats, day off</th><th>Hours</th></tr></thead>\n<tbody>\n");
    int seats = 0;
    int offDaySeats = 0;
    for (StaffPlan.Cell cell : point.roster()) {
      out.write(
          "<tr><td>"
              + escape(cell.teamName())
              + "</td><td>"
              + escape(cell.shiftName())
              + "</td><td class=\"num\">"
              + cell.seats()
              + "</td><td class=\"num\">"
              + cell.offDaySeats()
              + "</td><td>"
              + StaffingText.hours(cell.startMinute(), cell.lengthMinutes())
              + "</td></tr>\n");
      seats += cell.seats();
      offDaySeats += cell.offDaySeats();
    }
    out.write(
        "</tbody><tfoot><tr><td colspan=\"2\">Total</td><td class=\"num\">"
            + seats
            + "</td><td class=\"num\">"
            + offDaySeats
            + "</td><td></td></tr></tfoot></table></div>\n");
  }
}

package org.anxin.staffing.run;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.anxin.sla.report.ComplaintCsv;
import org.anxin.staffing.arrivals.ArrivalGenerator;
import org.anxin.staffing.arrivals.Arrivals;
import org.anxin.staffing.model.CategoryModel;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.queue.QueueSimulation;
import org.anxin.staffing.queue.StaffPlan;
import org.anxin.staffing.scenario.Team;

/**
 * Writes the simulated complaints of one trial-year at one headcount in the CSV format {@code anxin
 * sla report} reads ({@link ComplaintCsv}, docs/sla.md), so that the simulation's judgement can be
 * checked against the report's on the same complaints. Each row is one complaint: its id ({@code
 * T<trial>-<number>}), channel, the team of its last stage, category, its milestones, its reopening
 * and its pauses, at +08:00.
 */
public final class ComplaintsCsv {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private ComplaintsCsv() {}

  /**
   * Simulates {@code trial} at sweep point {@code point} again and writes its complaints.
   *
   * @return the instant the simulation judged them at: when the queue stopped (its last resolution,
   *     or its horizon's end while work was pending). {@code anxin sla report --as-of} at this
   *     instant counts them exactly as the simulation does; without it the report judges at the
   *     file's latest event, which is earlier when the queue stopped at its horizon.
   */
  public static Instant write(StaffingResults results, int trial, int point, Writer out)
      throws IOException {
    StaffingModel model = results.model();
    Arrivals arrivals =
        new ArrivalGenerator(model, results.seed()).generate(trial, results.claims().of(trial));
    QueueSimulation queue = new QueueSimulation(model, results.seed());
    StaffPlan plan = results.plans().get(point);
    queue.run(arrivals, plan, trial);
    out.write(String.join(",", ComplaintCsv.REQUIRED) + ",reopened,pauses\n");
    // The team of each category's last stage, once, not per row.
    List<Team> teams = model.scenario().roster().teams();
    String[] teamOf = new String[model.categories().size()];
    for (int k = 0; k < teamOf.length; k++) {
      int rework = model.categories().get(k).skillOf(3);
      if (rework >= 0) {
        String skill = model.skills().get(rework);
        teamOf[k] =
            teams.stream().filter(t -> t.skill().equals(skill)).findFirst().orElseThrow().name();
      }
    }
    StringBuilder row = new StringBuilder(256);
    int stop = queue.stoppedAt();
    for (int c = 0; c < arrivals.size(); c++) {
      CategoryModel category = model.categories().get(arrivals.category(c));
      String team = teamOf[arrivals.category(c)];
      String received = time(model, arrivals.received(c));
      row.setLength(0);
      row.append('T').append(trial).append('-').append(c).append(',');
      row.append(arrivals.channel(c).label()).append(',');
      row.append(team).append(',');
      row.append(category.name()).append(',');
      row.append(received).append(',').append(received).append(',');
      row.append(time(model, queue.firstResponse(c))).append(',');
      row.append(time(model, queue.solution(c))).append(',');
      row.append(time(model, queue.resolved(c))).append(',');
      row.append(',');
      row.append(time(model, queue.reopened(c))).append(',');
      pause(row, model, queue.customerPauseFrom(c), arrivals.customerWait(c), stop);
      if (queue.thirdPartyPauseFrom(c) != QueueSimulation.UNSET) {
        if (queue.customerPauseFrom(c) != QueueSimulation.UNSET) {
          row.append(';');
        }
        pause(row, model, queue.thirdPartyPauseFrom(c), arrivals.thirdPartyWait(c), stop);
      }
      row.append('\n');
      out.write(row.toString());
    }
    return Instant.ofEpochSecond(model.originEpochSecond() + stop);
  }

  private static void pause(StringBuilder row, StaffingModel model, int from, int wait, int stop) {
    if (from == QueueSimulation.UNSET) {
      return;
    }
    long until = (long) from + wait;
    row.append(time(model, from)).append('/');
    if (until <= stop) {
      row.append(time(model, (int) until));
    }
  }

  private static String time(StaffingModel model, int t) {
    if (t == QueueSimulation.UNSET) {
      return "";
    }
    Instant instant = Instant.ofEpochSecond(model.originEpochSecond() + t);
    return ISO.format(OffsetDateTime.ofInstant(instant, model.zone()));
  }
}

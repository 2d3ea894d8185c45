package org.anxin.sla.report;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.anxin.sla.clock.ClockState;
import org.anxin.sla.clock.ClockStatus;
import org.anxin.sla.clock.SlaClock;
import org.anxin.sla.complaint.Channel;
import org.anxin.sla.complaint.ComplaintInputException;
import org.anxin.sla.complaint.ComplaintSummary;
import org.anxin.sla.complaint.Pause;
import org.anxin.sla.policy.Milestone;
import org.anxin.sla.policy.SlaPolicy;
import org.anxin.sla.policy.SlaTarget;

/**
 * Computes compliance reports. The conventions (30124, DESIGN §6):
 *
 * <ul>
 *   <li>every target's clock runs from the complaint's first receipt, on the target's calendar; a
 *       reopened complaint runs to its final resolution;
 *   <li>pauses are measured in the target calendar's business time;
 *   <li>N counts complaints that reached the milestone plus open complaints past their deadline (a
 *       breach); open complaints still within their deadline are left out of N;
 *   <li>each target has its own met ratio; percentiles are nearest-rank over the business time of
 *       complaints that reached the milestone;
 *   <li>the error budget is floor((100 − objective %) × N / 100) − breaches of the objective's
 *       target, i.e. floor(0.1 × N) − breaches for 30124.
 * </ul>
 */
public final class ComplianceReporter {

  private ComplianceReporter() {}

  /** The report at {@code asOf}, months taken in the zone of the objective target's calendar. */
  public static ComplianceReport report(
      SlaPolicy policy, List<ComplaintSummary> complaints, Instant asOf) {
    ZoneId zone = policy.target(policy.objective().milestone()).calendar().zone();
    return report(policy, complaints, asOf, zone);
  }

  /** The report at {@code asOf}; complaints received after it are left out. */
  public static ComplianceReport report(
      SlaPolicy policy, List<ComplaintSummary> complaints, Instant asOf, ZoneId zone) {
    List<Row> rows = new ArrayList<>();
    for (ComplaintSummary complaint : complaints) {
      if (complaint.received().isAfter(asOf)) {
        continue;
      }
      Map<Milestone, TargetOutcome> outcomes = new EnumMap<>(Milestone.class);
      for (SlaTarget target : policy.targets()) {
        outcomes.put(target.milestone(), outcome(target, complaint, asOf));
      }
      rows.add(new Row(complaint, outcomes));
    }
    GroupReport overall = group(policy, Dimension.ALL, "all", rows, asOf);
    List<GroupReport> months =
        groups(
            policy,
            Dimension.MONTH,
            rows,
            asOf,
            r -> YearMonth.from(r.complaint().received().atZone(zone)),
            new TreeMap<>());
    List<GroupReport> channels =
        groups(
            policy,
            Dimension.CHANNEL,
            rows,
            asOf,
            r -> r.complaint().channel(),
            new EnumMap<>(Channel.class));
    List<GroupReport> teams =
        groups(policy, Dimension.TEAM, rows, asOf, r -> r.complaint().team(), new TreeMap<>());
    return new ComplianceReport(policy, asOf, zone, overall, months, channels, teams);
  }

  /** The latest instant in the complaints: the default instant of a report. */
  public static Optional<Instant> latestInstant(List<ComplaintSummary> complaints) {
    return complaints.stream()
        .flatMap(
            c ->
                Stream.of(
                        Stream.of(c.received(), c.registered()),
                        c.firstResponse().stream(),
                        c.solution().stream(),
                        c.resolved().stream(),
                        c.reopenings().stream(),
                        c.pauses().stream()
                            .flatMap(p -> Stream.concat(Stream.of(p.from()), p.until().stream())))
                    .flatMap(Function.identity()))
        .max(Instant::compareTo);
  }

  /** How {@code complaint} fares on {@code target} at {@code asOf}. */
  public static TargetOutcome outcome(SlaTarget target, ComplaintSummary complaint, Instant asOf) {
    Optional<Instant> milestone = target.milestone().reachedAt(complaint);
    SlaClock clock = target.startClock(complaint.received());
    for (Pause pause : complaint.pauses()) {
      if (milestone.isPresent() && !pause.from().isBefore(milestone.get())) {
        break;
      }
      clock = clock.pause(pause.from());
      Optional<Instant> until = pause.until();
      if (until.isPresent() && (milestone.isEmpty() || until.get().isBefore(milestone.get()))) {
        clock = clock.resume(until.get());
      } else {
        break;
      }
    }
    if (target.milestone() == Milestone.RESOLUTION && !complaint.reportedPause().isZero()) {
      clock = withReportedPause(target, complaint, clock, milestone);
    }
    if (milestone.isPresent()) {
      clock = clock.stop(milestone.get());
    }
    ClockStatus status = clock.statusAt(asOf);
    boolean closed = milestone.isPresent() && !milestone.get().isAfter(asOf);
    TargetOutcome.Kind kind;
    if (closed) {
      kind = status.state() == ClockState.MET ? TargetOutcome.Kind.MET : TargetOutcome.Kind.LATE;
    } else {
      kind =
          status.state() == ClockState.BREACHED
              ? TargetOutcome.Kind.OPEN_BREACHED
              : TargetOutcome.Kind.OPEN_WITHIN_DEADLINE;
    }
    return new TargetOutcome(kind, status.elapsed(), status.deadline());
  }

  /**
   * A total of paused business time with no instants: where it fell does not change the deadline or
   * the time taken, as long as it fell before the deadline, so it is placed at the start.
   */
  private static SlaClock withReportedPause(
      SlaTarget target, ComplaintSummary complaint, SlaClock clock, Optional<Instant> milestone) {
    Duration paused = complaint.reportedPause();
    if (milestone.isPresent()) {
      Duration taken = target.calendar().between(complaint.received(), milestone.get());
      if (taken.compareTo(paused) < 0) {
        throw new ComplaintInputException(
            complaint.id(),
            "paused_minutes",
            paused.toMinutes(),
            "is longer than the "
                + taken.toMinutes()
                + " business minutes from received to resolved on calendar "
                + target.calendar().id());
      }
    }
    Instant resumed = target.calendar().add(complaint.received(), paused);
    return clock.pause(complaint.received()).resume(resumed);
  }

  private static <K> List<GroupReport> groups(
      SlaPolicy policy,
      Dimension dimension,
      List<Row> rows,
      Instant asOf,
      Function<Row, K> key,
      Map<K, List<Row>> buckets) {
    for (Row row : rows) {
      buckets.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
    }
    List<GroupReport> groups = new ArrayList<>();
    buckets.forEach(
        (k, members) -> groups.add(group(policy, dimension, k.toString(), members, asOf)));
    return groups;
  }

  private static GroupReport group(
      SlaPolicy policy, Dimension dimension, String key, List<Row> rows, Instant asOf) {
    List<TargetReport> targets = new ArrayList<>();
    for (SlaTarget target : policy.targets()) {
      targets.add(targetReport(target, rows));
    }
    int open = 0;
    int reopened = 0;
    for (Row row : rows) {
      ComplaintSummary c = row.complaint();
      if (c.resolved().isEmpty() || c.resolved().get().isAfter(asOf)) {
        open++;
      }
      if (c.reopenings().stream().anyMatch(t -> !t.isAfter(asOf))) {
        reopened++;
      }
    }
    TargetReport objectiveTarget =
        targets.stream()
            .filter(t -> t.milestone() == policy.objective().milestone())
            .findFirst()
            .orElseThrow();
    return new GroupReport(
        dimension,
        key,
        rows.size(),
        open,
        reopened,
        targets,
        ObjectiveReport.of(policy.objective(), objectiveTarget));
  }

  private static TargetReport targetReport(SlaTarget target, List<Row> rows) {
    int met = 0;
    int late = 0;
    int openBreaches = 0;
    int openWithin = 0;
    List<Duration> taken = new ArrayList<>();
    for (Row row : rows) {
      TargetOutcome outcome = row.outcomes().get(target.milestone());
      switch (outcome.kind()) {
        case MET -> met++;
        case LATE -> late++;
        case OPEN_BREACHED -> openBreaches++;
        case OPEN_WITHIN_DEADLINE -> openWithin++;
      }
      if (outcome.closed()) {
        taken.add(outcome.elapsed());
      }
    }
    int breaches = late + openBreaches;
    return new TargetReport(
        target.milestone(),
        target.budget(),
        target.calendar().id(),
        target.calendar().version(),
        met + breaches,
        met,
        breaches,
        openBreaches,
        openWithin,
        taken.size(),
        Percentiles.nearestRank(taken, 50),
        Percentiles.nearestRank(taken, 90),
        Percentiles.nearestRank(taken, 99));
  }

  private record Row(ComplaintSummary complaint, Map<Milestone, TargetOutcome> outcomes) {}
}

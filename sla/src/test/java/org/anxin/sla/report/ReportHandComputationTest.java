package org.anxin.sla.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.anxin.sla.complaint.Channel;
import org.anxin.sla.complaint.ComplaintId;
import org.anxin.sla.complaint.ComplaintSummary;
import org.anxin.sla.policy.Milestone;
import org.anxin.sla.policy.SlaPolicy;
import org.junit.jupiter.api.Test;

/**
 * A 30124 report over generated complaints equals a hand computation: on 24x7, business time is
 * plain elapsed minutes, so every figure follows from a direct formula over the generated data.
 */
class ReportHandComputationTest {

  private static final Instant EPOCH = OffsetDateTime.parse("2025-03-01T00:00+08:00").toInstant();
  private static final long[] BUDGETS = {30, 12 * 60, 24 * 60};

  /** One generated complaint in minutes after EPOCH; -1 for a milestone not reached. */
  private record Raw(
      int index,
      Channel channel,
      String team,
      long received,
      long[] milestones,
      long paused,
      boolean reopened) {}

  private static List<Raw> generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = random.nextInt(0, 60);
    List<Raw> raws = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long received = random.nextLong(0, 60L * 24 * 60);
      long response = random.nextInt(10) == 0 ? -1 : received + random.nextLong(0, 50);
      long solution =
          response < 0 || random.nextInt(8) == 0 ? -1 : response + random.nextLong(0, 16 * 60);
      long resolved =
          solution < 0 || random.nextInt(8) == 0 ? -1 : solution + random.nextLong(0, 20 * 60);
      boolean reopened = resolved >= 0 && resolved > solution && random.nextInt(5) == 0;
      long paused = 0;
      if (random.nextBoolean()) {
        paused =
            resolved >= 0 ? random.nextLong(0, resolved - received + 1) : random.nextLong(0, 600);
      }
      raws.add(
          new Raw(
              i,
              Channel.values()[random.nextInt(3)],
              "team-" + random.nextInt(3),
              received,
              new long[] {response, solution, resolved},
              paused,
              reopened));
    }
    return raws;
  }

  private static Instant minute(long m) {
    return EPOCH.plusSeconds(60 * m);
  }

  private static Optional<Instant> maybe(long m) {
    return m < 0 ? Optional.empty() : Optional.of(minute(m));
  }

  private static ComplaintSummary summary(Raw r) {
    List<Instant> reopenings =
        r.reopened() ? List.of(minute(r.milestones()[1] + 1)) : List.<Instant>of();
    return new ComplaintSummary(
        ComplaintId.of("C" + r.index()),
        r.channel(),
        r.team(),
        "category",
        Optional.empty(),
        minute(r.received()),
        minute(r.received()),
        maybe(r.milestones()[0]),
        maybe(r.milestones()[1]),
        maybe(r.milestones()[2]),
        reopenings,
        List.of(),
        Duration.ofMinutes(r.paused()));
  }

  @Test
  void theReportMatchesAHandComputation() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              List<Raw> raws = generate(seed);
              long last = 0;
              for (Raw r : raws) {
                for (long m : r.milestones()) {
                  last = Math.max(last, m);
                }
                last = Math.max(last, r.received());
              }
              long asOf = last + new SplittableRandom(seed ^ 1).nextLong(0, 48 * 60);
              ComplianceReport report =
                  ComplianceReporter.report(
                      SlaPolicy.preset30124(),
                      raws.stream().map(ReportHandComputationTest::summary).toList(),
                      minute(asOf));
              check(raws, asOf, report.overall());
              for (GroupReport group : report.byChannel()) {
                check(
                    raws.stream().filter(r -> r.channel().label().equals(group.key())).toList(),
                    asOf,
                    group);
              }
              for (GroupReport group : report.byTeam()) {
                check(
                    raws.stream().filter(r -> r.team().equals(group.key())).toList(), asOf, group);
              }
              assertEquals(
                  raws.size(), report.byMonth().stream().mapToInt(GroupReport::complaints).sum());
            });
  }

  private static void check(List<Raw> raws, long asOf, GroupReport group) {
    assertEquals(raws.size(), group.complaints());
    assertEquals(raws.stream().filter(r -> r.milestones()[2] < 0).count(), group.open());
    assertEquals(raws.stream().filter(Raw::reopened).count(), group.reopened());
    for (int t = 0; t < 3; t++) {
      int counted = 0;
      int met = 0;
      int openBreaches = 0;
      List<Long> taken = new ArrayList<>();
      for (Raw r : raws) {
        long paused = t == 2 ? r.paused() : 0;
        long reached = r.milestones()[t];
        if (reached >= 0) {
          long minutes = reached - r.received() - paused;
          taken.add(minutes);
          counted++;
          if (minutes <= BUDGETS[t]) {
            met++;
          }
        } else if (asOf - r.received() - paused > BUDGETS[t]) {
          counted++;
          openBreaches++;
        }
      }
      TargetReport target = group.targets().get(t);
      assertEquals(Milestone.values()[t], target.milestone());
      assertEquals(counted, target.counted());
      assertEquals(met, target.met());
      assertEquals(counted - met, target.breaches());
      assertEquals(openBreaches, target.openBreaches());
      taken.sort(null);
      assertEquals(nearestRank(taken, 50), target.p50());
      assertEquals(nearestRank(taken, 90), target.p90());
      assertEquals(nearestRank(taken, 99), target.p99());
      if (t == 2) {
        long budgetLeft = counted / 10 - (counted - met);
        assertEquals(budgetLeft, group.objective().errorBudgetLeft());
        assertEquals(
            counted == 0
                ? ObjectiveStatus.NO_DATA
                : (budgetLeft >= 0 ? ObjectiveStatus.MET : ObjectiveStatus.MISSED),
            group.objective().status());
      }
    }
  }

  private static Optional<Duration> nearestRank(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    int rank = (int) Math.ceil(sorted.size() * percent / 100.0);
    return Optional.of(Duration.ofMinutes(sorted.get(rank - 1)));
  }
}

package org.anxin.sla.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anxin.sla.calendar.BusinessCalendar;
import org.anxin.sla.calendar.Calendars;
import org.anxin.sla.calendar.WorkingHours;
import org.anxin.sla.clock.ClockPolicy;
import org.anxin.sla.clock.ClockStatus;
import org.anxin.sla.clock.EscalationLevel;
import org.anxin.sla.clock.SlaClock;
import org.anxin.sla.complaint.ComplaintSummary;
import org.anxin.sla.complaint.Pause;
import org.anxin.sla.policy.Milestone;
import org.anxin.sla.policy.SlaPolicy;
import org.anxin.sla.policy.SlaTarget;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link OutcomeJudge} against the object API it must equal: random complaints, built as real
 * {@link ComplaintSummary} objects, judged on the 30124 targets on 24x7 and cn-workday by {@link
 * ComplianceReporter#outcome} and by the judge, at random instants and around the deadline.
 */
class OutcomeJudgePropertiesTest {

  private static final long FIRST_MINUTE =
      LocalDate.of(2020, 1, 1).atStartOfDay(Calendars.SHANGHAI).toEpochSecond() / 60;
  // Leaves room for the timeline (two weeks at most) and the deadlines before the data ends.
  private static final long LAST_MINUTE =
      LocalDate.of(2026, 9, 1).atStartOfDay(Calendars.SHANGHAI).toEpochSecond() / 60;
  private static final int TIMELINE = 8;

  private static final BusinessCalendar ALWAYS = Calendars.twentyFourSeven();
  private static final BusinessCalendar CN = Calendars.cnWorkday();
  private static final BusinessCalendar CN_SPLIT =
      Calendars.cnWorkday(WorkingHours.parse("--hours", "08:30-12:00,13:30-17:30"));

  private static final List<SlaTarget> TARGETS = targets();
  private static final List<OutcomeJudge> JUDGES = TARGETS.stream().map(OutcomeJudge::of).toList();

  private static List<SlaTarget> targets() {
    List<SlaTarget> targets = new ArrayList<>();
    targets.addAll(SlaPolicy.preset30124().targets());
    targets.addAll(SlaPolicy.preset30124(CN).targets());
    // One policy mixing calendars, as --calendar per target gives it.
    targets.add(
        SlaPolicy.preset30124()
            .withCalendar(Milestone.SOLUTION, CN_SPLIT)
            .target(Milestone.SOLUTION));
    for (BusinessCalendar calendar : List.of(ALWAYS, CN)) {
      targets.add(SlaTarget.of(Milestone.FIRST_RESPONSE, Duration.ZERO, calendar));
      // Not a whole minute, so that deadlines and escalations fall between minutes.
      targets.add(SlaTarget.of(Milestone.SOLUTION, Duration.ofSeconds(7 * 60 + 13), calendar));
    }
    return targets;
  }

  /** A generated complaint and the instant to judge it at. */
  private record Case(ComplaintSummary complaint, long asOf) {}

  /**
   * Gaps between the instants of a timeline: a zero gap a quarter of the time (so that events
   * coincide), else a multiple of ten minutes up to a day, else odd seconds up to 42 hours.
   */
  private static long gapSeconds(int v) {
    if (v < 100) {
      return 0;
    }
    return v < 250 ? (v - 100) * 600L : (v - 250) * 1019L;
  }

  /**
   * The complaint's events are picked from one increasing timeline of instants after the receipt,
   * pauses in order and milestones in order, so that a pause and a milestone often share an instant
   * (a pause starting or ending exactly at the milestone).
   */
  private static Case build(long minute, int shape, List<Integer> gaps, List<Integer> picks) {
    int jitter = (shape & 1) == 0 ? 0 : (shape >>> 1) % 60;
    Instant received = Instant.ofEpochSecond(minute * 60 + jitter);
    long[] timeline = new long[TIMELINE];
    long t = received.getEpochSecond();
    for (int i = 0; i < TIMELINE; i++) {
      t += gapSeconds(gaps.get(i));
      timeline[i] = t;
    }
    boolean hasResponse = (shape & (1 << 7)) != 0;
    boolean hasSolution = (shape & (1 << 8)) != 0;
    boolean hasResolved = (shape & (1 << 9)) != 0;
    int pauseCount = (shape >>> 10) & 3;
    boolean openLast = !hasResolved && (shape & (1 << 12)) != 0;
    boolean reopened = (shape & (1 << 13)) != 0;
    int asOfMode = (shape >>> 14) & 7;

    int[] pauseIndex = new int[2 * pauseCount];
    for (int i = 0; i < pauseIndex.length; i++) {
      pauseIndex[i] = picks.get(i);
    }
    Arrays.sort(pauseIndex);
    int[] milestoneIndex = {picks.get(6), picks.get(7), picks.get(8)};
    Arrays.sort(milestoneIndex);
    if (hasResolved && pauseCount > 0) {
      milestoneIndex[2] = Math.max(milestoneIndex[2], pauseIndex[pauseIndex.length - 1]);
    }
    List<Pause> pauses = new ArrayList<>();
    for (int i = 0; i < pauseCount; i++) {
      Instant from = Instant.ofEpochSecond(timeline[pauseIndex[2 * i]]);
      pauses.add(
          openLast && i == pauseCount - 1
              ? Pause.open(from)
              : Pause.closed(from, Instant.ofEpochSecond(timeline[pauseIndex[2 * i + 1]])));
    }
    List<Instant> reopenings = new ArrayList<>();
    if (reopened) {
      int index = hasResolved ? Math.min(picks.get(9), milestoneIndex[2]) : picks.get(9);
      reopenings.add(Instant.ofEpochSecond(timeline[index]));
    }
    ComplaintSummary complaint =
        JudgeInputs.complaint(
            received,
            instant(hasResponse, timeline[milestoneIndex[0]]),
            instant(hasSolution, timeline[milestoneIndex[1]]),
            instant(hasResolved, timeline[milestoneIndex[2]]),
            reopenings,
            pauses);
    long asOf =
        switch (asOfMode) {
          case 0, 1, 2 -> timeline[picks.get(10)];
          case 3 -> received.getEpochSecond();
          default ->
              received.getEpochSecond() + gapSeconds(gaps.get(picks.get(11))) * picks.get(10);
        };
    return new Case(complaint, asOf);
  }

  private static Optional<Instant> instant(boolean present, long epochSecond) {
    return present ? Optional.of(Instant.ofEpochSecond(epochSecond)) : Optional.empty();
  }

  private static Gen<Case> cases() {
    return longs()
        .between(FIRST_MINUTE, LAST_MINUTE)
        .zip(
            integers().between(0, Integer.MAX_VALUE),
            lists().of(integers().between(0, 399)).ofSize(TIMELINE),
            lists().of(integers().between(0, TIMELINE - 1)).ofSize(12),
            OutcomeJudgePropertiesTest::build);
  }

  private static void assertJudgedAlike(
      SlaTarget target, OutcomeJudge judge, ComplaintSummary complaint, long at) {
    TargetOutcome expected =
        ComplianceReporter.outcome(target, complaint, Instant.ofEpochSecond(at));
    JudgeInputs inputs = JudgeInputs.of(target, complaint);
    String where = target + " at " + Instant.ofEpochSecond(at) + " for " + complaint;
    assertEquals(expected.kind(), inputs.kind(judge, at), where);
    assertEquals(expected.elapsed().getSeconds(), inputs.elapsed(judge, at), where);
    assertEquals(expected.elapsed().getNano(), 0, where);
    assertEquals(expected.deadline().getEpochSecond(), inputs.deadline(judge, at), where);
  }

  @Test
  void theJudgeEqualsTheReporter() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              for (int i = 0; i < TARGETS.size(); i++) {
                SlaTarget target = TARGETS.get(i);
                OutcomeJudge judge = JUDGES.get(i);
                assertJudgedAlike(target, judge, c.complaint(), c.asOf());
                // Around the deadline as known then, where the outcome turns.
                long deadline =
                    ComplianceReporter.outcome(
                            target, c.complaint(), Instant.ofEpochSecond(c.asOf()))
                        .deadline()
                        .getEpochSecond();
                long received = c.complaint().received().getEpochSecond();
                for (long at = deadline - 1; at <= deadline + 1; at++) {
                  if (at >= received) {
                    assertJudgedAlike(target, judge, c.complaint(), at);
                  }
                }
              }
            });
  }

  /**
   * A clock history (start, closed pauses, optional stop) with a budget of odd seconds and a policy
   * with percentages whose shares of it are not whole seconds.
   */
  @Test
  void escalationEqualsTheClocks() {
    ClockPolicy policy =
        new ClockPolicy(
            List.of(33, 50, 100),
            List.of(
                new EscalationLevel(1, "lead", 33),
                new EscalationLevel(2, "manager", 101),
                new EscalationLevel(3, "director", 199)));
    qt().forAll(
            cases(),
            integers().between(0, 2 * 24 * 3600),
            integers().between(0, 1),
            integers().between(0, 1))
        .checkAssert(
            (c, budgetSeconds, onCn, defaultPolicy) -> {
              SlaTarget target =
                  new SlaTarget(
                      Milestone.RESOLUTION,
                      Duration.ofSeconds(budgetSeconds),
                      onCn == 1 ? CN : ALWAYS,
                      defaultPolicy == 1 ? ClockPolicy.DEFAULT : policy);
              OutcomeJudge judge = OutcomeJudge.of(target);
              ComplaintSummary complaint = c.complaint();
              // The reporter's clock for a complaint whose pauses end before its resolution.
              SlaClock clock = target.startClock(complaint.received());
              Optional<Instant> resolved = complaint.resolved();
              for (Pause pause : complaint.pauses()) {
                if (pause.until().isEmpty()
                    || (resolved.isPresent() && !pause.until().get().isBefore(resolved.get()))) {
                  return; // not this simple shape; the reporter property covers it
                }
                clock = clock.pause(pause.from()).resume(pause.until().get());
              }
              if (resolved.isPresent()) {
                clock = clock.stop(resolved.get());
              }
              ClockStatus status = clock.statusAt(Instant.ofEpochSecond(c.asOf()));
              long elapsed = JudgeInputs.of(target, complaint).elapsed(judge, c.asOf());
              assertEquals(status.elapsed().getSeconds(), elapsed);
              assertEquals(status.escalationLevel(), judge.escalationLevel(elapsed));
            });
  }

  /** Elapsed times at each escalation's share of the budget, a second either side. */
  @Test
  void escalationTurnsExactlyAtItsShare() {
    List<Integer> percents = List.of(1, 33, 67, 100, 101, 150, 199, 250);
    qt().forAll(
            longs().between(0, 10L * 24 * 3600),
            integers().between(0, percents.size() - 1),
            integers().between(-1, 1))
        .checkAssert(
            (budgetSeconds, index, delta) -> {
              int percent = percents.get(index);
              ClockPolicy policy =
                  new ClockPolicy(List.of(), List.of(new EscalationLevel(1, "only", percent)));
              SlaTarget target =
                  new SlaTarget(
                      Milestone.SOLUTION, Duration.ofSeconds(budgetSeconds), ALWAYS, policy);
              long share = (budgetSeconds * percent + 99) / 100;
              long elapsed = Math.max(0, share + delta);
              Instant start = Instant.ofEpochSecond(FIRST_MINUTE * 60);
              ClockStatus status = target.startClock(start).statusAt(start.plusSeconds(elapsed));
              assertEquals(elapsed, status.elapsed().getSeconds());
              assertEquals(
                  status.escalationLevel(),
                  OutcomeJudge.of(target).escalationLevel(elapsed),
                  () -> budgetSeconds + " s budget, " + percent + " %, " + elapsed + " s elapsed");
            });
  }
}

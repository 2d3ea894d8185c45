package org.anxin.sla.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.anxin.domain.InvalidInputException;
import org.anxin.sla.calendar.BusinessCalendar;
import org.anxin.sla.calendar.Calendars;
import org.anxin.sla.complaint.ComplaintSummary;
import org.anxin.sla.complaint.Pause;
import org.anxin.sla.policy.Milestone;
import org.anxin.sla.policy.SlaPolicy;
import org.anxin.sla.policy.SlaTarget;
import org.junit.jupiter.api.Test;

/**
 * Examples of the edge rules, each worked by hand and checked against the reporter as well: a pause
 * across the milestone, a pause from or ending at it, a zero budget, an open pause.
 */
class OutcomeJudgeTest {

  private static final BusinessCalendar ALWAYS = Calendars.twentyFourSeven();
  private static final SlaTarget RESPONSE =
      SlaPolicy.preset30124().target(Milestone.FIRST_RESPONSE);
  private static final SlaTarget RESOLUTION = SlaPolicy.preset30124().target(Milestone.RESOLUTION);

  private static Instant at(String time) {
    return OffsetDateTime.parse("2025-03-03T" + time + "+08:00").toInstant();
  }

  private static long second(String time) {
    return at(time).getEpochSecond();
  }

  private static ComplaintSummary responded(String response, Pause... pauses) {
    return JudgeInputs.complaint(
        at("09:00"),
        Optional.ofNullable(response).map(OutcomeJudgeTest::at),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(pauses));
  }

  private static Pause pause(String from, String until) {
    return until == null ? Pause.open(at(from)) : Pause.closed(at(from), at(until));
  }

  /** Checks the hand-worked outcome, and that the reporter agrees with it. */
  private static void assertOutcome(
      SlaTarget target,
      ComplaintSummary complaint,
      Instant asOf,
      TargetOutcome.Kind kind,
      Duration elapsed,
      Instant deadline) {
    TargetOutcome expected = new TargetOutcome(kind, elapsed, deadline);
    assertEquals(expected, ComplianceReporter.outcome(target, complaint, asOf));
    OutcomeJudge judge = OutcomeJudge.of(target);
    JudgeInputs inputs = JudgeInputs.of(target, complaint);
    long t = asOf.getEpochSecond();
    assertEquals(kind, inputs.kind(judge, t));
    assertEquals(elapsed.getSeconds(), inputs.elapsed(judge, t));
    assertEquals(deadline.getEpochSecond(), inputs.deadline(judge, t));
  }

  @Test
  void aPauseAcrossTheMilestoneCountsUpToTheMilestone() {
    // Paused 09:10–09:50, answered 09:40 while paused: 10 minutes counted, and the deadline is
    // the 20 minutes left after the answer, as if the clock resumed then.
    assertOutcome(
        RESPONSE,
        responded("09:40", pause("09:10", "09:50")),
        at("12:00"),
        TargetOutcome.Kind.MET,
        Duration.ofMinutes(10),
        at("10:00"));
  }

  @Test
  void aPauseEndingAtTheMilestoneIsOpenThere() {
    assertOutcome(
        RESPONSE,
        responded("09:40", pause("09:20", "09:40")),
        at("12:00"),
        TargetOutcome.Kind.MET,
        Duration.ofMinutes(20),
        at("09:50"));
  }

  @Test
  void aPauseFromTheMilestoneOnIsIgnored() {
    // Answered at 09:45, paused from 09:45: the pause changes nothing, the answer is 15 min late.
    assertOutcome(
        RESPONSE,
        responded("09:45", pause("09:45", "10:30")),
        at("12:00"),
        TargetOutcome.Kind.LATE,
        Duration.ofMinutes(45),
        at("09:30"));
  }

  @Test
  void aZeroBudgetIsMetOnlyAtTheReceipt() {
    SlaTarget instant = SlaTarget.of(Milestone.FIRST_RESPONSE, Duration.ZERO, ALWAYS);
    Instant received = at("09:00");
    assertOutcome(
        instant, responded("09:00"), at("09:05"), TargetOutcome.Kind.MET, Duration.ZERO, received);
    assertOutcome(
        instant,
        responded("09:01"),
        at("09:05"),
        TargetOutcome.Kind.LATE,
        Duration.ofMinutes(1),
        received);
    assertOutcome(
        instant,
        responded(null),
        received,
        TargetOutcome.Kind.OPEN_WITHIN_DEADLINE,
        Duration.ZERO,
        received);
    assertOutcome(
        instant,
        responded(null),
        received.plusSeconds(1),
        TargetOutcome.Kind.OPEN_BREACHED,
        Duration.ofSeconds(1),
        received);
  }

  @Test
  void anOpenPauseHoldsTheDeadlineOpen() {
    // Paused from 09:10 and still paused at noon: 10 minutes counted; the deadline is shown as if
    // the clock resumed at noon, and a paused clock short of its budget is not breached.
    ComplaintSummary waiting = responded(null, pause("09:10", null));
    assertOutcome(
        RESPONSE,
        waiting,
        at("12:00"),
        TargetOutcome.Kind.OPEN_WITHIN_DEADLINE,
        Duration.ofMinutes(10),
        at("12:20"));
    assertOutcome(
        RESOLUTION,
        waiting,
        at("12:00"),
        TargetOutcome.Kind.OPEN_WITHIN_DEADLINE,
        Duration.ofMinutes(10),
        at("12:00").plus(Duration.ofHours(23).plusMinutes(50)));
  }

  @Test
  void eventsAfterTheInstantAreNotSeen() {
    // At 09:30 the pause 09:10–10:00 has not ended: as known then, the deadline is 09:50.
    assertOutcome(
        RESPONSE,
        responded("10:05", pause("09:10", "10:00")),
        at("09:30"),
        TargetOutcome.Kind.OPEN_WITHIN_DEADLINE,
        Duration.ofMinutes(10),
        at("09:50"));
    // At 09:05 nothing has happened but the receipt: the plain 30-minute deadline.
    assertOutcome(
        RESPONSE,
        responded("10:05", pause("09:10", "10:00")),
        at("09:05"),
        TargetOutcome.Kind.OPEN_WITHIN_DEADLINE,
        Duration.ofMinutes(5),
        at("09:30"));
  }

  @Test
  void onCnWorkdayAWeekendIsNotCounted() {
    // Received Friday 2025-02-28 17:30, answered Monday 09:20: 30 + 20 business minutes; the
    // deadline is Friday's closing time, not Monday's opening.
    SlaTarget target =
        SlaPolicy.preset30124(Calendars.cnWorkday()).target(Milestone.FIRST_RESPONSE);
    ComplaintSummary complaint =
        JudgeInputs.complaint(
            OffsetDateTime.parse("2025-02-28T17:30+08:00").toInstant(),
            Optional.of(at("09:20")),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of());
    assertOutcome(
        target,
        complaint,
        at("12:00"),
        TargetOutcome.Kind.LATE,
        Duration.ofMinutes(50),
        OffsetDateTime.parse("2025-02-28T18:00+08:00").toInstant());
  }

  @Test
  void badInputIsRefused() {
    OutcomeJudge judge = OutcomeJudge.of(RESPONSE);
    long received = second("09:00");
    long[] outOfOrder = {second("09:30"), second("09:40"), second("09:20"), second("09:50")};
    assertThrows(
        InvalidInputException.class,
        () -> judge.kind(received, OutcomeJudge.NOT_REACHED, outOfOrder, 2, received));
    long[] openFirst = {second("09:30"), OutcomeJudge.OPEN, second("09:40"), second("09:50")};
    assertThrows(
        InvalidInputException.class,
        () -> judge.kind(received, OutcomeJudge.NOT_REACHED, openFirst, 2, received));
    assertThrows(
        InvalidInputException.class,
        () -> judge.kind(received, OutcomeJudge.NOT_REACHED, new long[2], 2, received));
    assertThrows(
        InvalidInputException.class,
        () -> judge.kind(received, OutcomeJudge.NOT_REACHED, new long[0], 0, received - 1));
    assertThrows(
        InvalidInputException.class,
        () -> judge.kind(received, received - 1, new long[0], 0, received));
    // cn-workday has no data for 2027: refused as the reporter refuses it, not guessed.
    OutcomeJudge cn =
        OutcomeJudge.of(
            SlaPolicy.preset30124(Calendars.cnWorkday()).target(Milestone.FIRST_RESPONSE));
    long in2027 = OffsetDateTime.parse("2027-01-04T10:00+08:00").toEpochSecond();
    assertThrows(
        InvalidInputException.class, () -> cn.kind(received, in2027, new long[0], 0, received));
    assertThrows(
        InvalidInputException.class,
        () -> OutcomeJudge.of(SlaTarget.of(Milestone.SOLUTION, Duration.ofMillis(1500), ALWAYS)));
  }

  @Test
  void eventsBeyondTheDataFailAsTheReporterFails() {
    // A pause and the resolution in 2027, which cn-workday has no data for: both refuse, naming
    // the first event the clock records there (the pause), whatever the instant judged at.
    SlaTarget target = RESOLUTION.on(Calendars.cnWorkday());
    Instant received = OffsetDateTime.parse("2026-12-30T10:00+08:00").toInstant();
    ComplaintSummary complaint =
        JudgeInputs.complaint(
            received,
            Optional.empty(),
            Optional.empty(),
            Optional.of(OffsetDateTime.parse("2027-01-06T10:00+08:00").toInstant()),
            List.of(),
            List.of(
                Pause.closed(
                    OffsetDateTime.parse("2027-01-04T10:00+08:00").toInstant(),
                    OffsetDateTime.parse("2027-01-05T10:00+08:00").toInstant())));
    InvalidInputException expected =
        assertThrows(
            InvalidInputException.class,
            () -> ComplianceReporter.outcome(target, complaint, received));
    JudgeInputs inputs = JudgeInputs.of(target, complaint);
    InvalidInputException actual =
        assertThrows(
            InvalidInputException.class,
            () -> inputs.kind(OutcomeJudge.of(target), received.getEpochSecond()));
    assertEquals(expected.getMessage(), actual.getMessage());
    assertTrue(actual.getMessage().contains("2027-01-04"), actual::getMessage);
  }

  @Test
  void judgingAllocatesNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    OutcomeJudge always = OutcomeJudge.of(RESOLUTION);
    OutcomeJudge cn = OutcomeJudge.of(RESOLUTION.on(Calendars.cnWorkday()));
    long received = second("09:00");
    long[] pauses = {second("09:10"), second("11:00"), second("13:00"), OutcomeJudge.OPEN};
    OutcomeJudge[] judges = {always, cn};
    long sum = 0;
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 20_000; i++) {
      long asOf = received + i * 17L;
      for (OutcomeJudge judge : judges) {
        sum += judge.kind(received, OutcomeJudge.NOT_REACHED, pauses, 2, asOf).ordinal();
        sum += judge.elapsedSeconds(received, OutcomeJudge.NOT_REACHED, pauses, 2, asOf);
        sum += judge.deadline(received, received + 3000, pauses, 2, asOf);
        sum += judge.escalationLevel(i);
      }
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // 160,000 calls; allocating even once per thousand calls would show as kilobytes.
    assertTrue(allocated < 16_000, () -> allocated + " bytes allocated");
    assertTrue(sum != 0);
  }
}

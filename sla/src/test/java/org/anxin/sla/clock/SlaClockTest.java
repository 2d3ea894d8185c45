package org.anxin.sla.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.anxin.domain.InvalidInputException;
import org.anxin.sla.calendar.BusinessCalendar;
import org.anxin.sla.calendar.Calendars;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  private final BusinessCalendar cn = Calendars.cnWorkday();
  private final BusinessCalendar always = Calendars.twentyFourSeven();

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  @Test
  void aRunningClockIsMetWhenStoppedOnItsDeadline() {
    SlaClock clock = SlaClock.start(cn, Duration.ofHours(12), at("2025-02-07T17:00+08:00"));
    assertEquals(at("2025-02-10T11:00+08:00"), clock.deadlineAt(at("2025-02-07T17:00+08:00")));
    ClockStatus saturday = clock.statusAt(at("2025-02-08T12:00+08:00"));
    assertEquals(ClockState.RUNNING, saturday.state());
    assertEquals(Duration.ofHours(4), saturday.elapsed());
    assertEquals(Duration.ofHours(8), saturday.remaining());
    assertEquals(cn.version(), saturday.calendarVersion());
    assertEquals(cn.version(), clock.calendarVersion());
    SlaClock stopped = clock.stop(at("2025-02-10T11:00+08:00"));
    assertEquals(ClockState.MET, stopped.statusAt(at("2025-03-01T00:00+08:00")).state());
    assertEquals(Duration.ofHours(12), stopped.elapsedAt(at("2025-03-01T00:00+08:00")));
    SlaClock late = clock.stop(at("2025-02-10T11:01+08:00"));
    assertEquals(ClockState.BREACHED, late.statusAt(at("2025-02-10T11:01+08:00")).state());
    // Read before the stop, the stop is not known yet.
    assertEquals(ClockState.RUNNING, late.statusAt(at("2025-02-10T10:00+08:00")).state());
  }

  @Test
  void anUnstoppedClockIsBreachedOnlyAfterItsDeadline() {
    SlaClock clock = SlaClock.start(cn, Duration.ofHours(9), at("2025-02-10T09:00+08:00"));
    assertEquals(ClockState.RUNNING, clock.statusAt(at("2025-02-10T18:00+08:00")).state());
    ClockStatus evening = clock.statusAt(at("2025-02-10T20:00+08:00"));
    assertEquals(ClockState.BREACHED, evening.state());
    assertEquals(Duration.ZERO, evening.remaining());
    ClockStatus nextDay = clock.statusAt(at("2025-02-11T10:30+08:00"));
    assertEquals(Duration.ofMinutes(-90), nextDay.remaining());
  }

  @Test
  void aRetroactiveStartCountsFromWhenTheCustomerCame() {
    // A walk-in arrived at 09:00 and was registered at 09:40: the 30-minute clock is already over.
    SlaClock clock = SlaClock.start(always, Duration.ofMinutes(30), at("2025-03-03T09:00+08:00"));
    ClockStatus registered = clock.statusAt(at("2025-03-03T09:40+08:00"));
    assertEquals(ClockState.BREACHED, registered.state());
    assertEquals(at("2025-03-03T09:30+08:00"), registered.deadline());
  }

  @Test
  void aPauseMovesTheDeadlineByTheBusinessTimePaused() {
    SlaClock clock =
        SlaClock.start(cn, Duration.ofHours(4), at("2025-02-10T09:00+08:00"))
            .pause(at("2025-02-10T10:00+08:00"))
            .resume(at("2025-02-11T10:00+08:00"));
    // Paused for 9 business hours (Monday 10:00 to Tuesday 10:00): deadline Tuesday 13:00.
    assertEquals(at("2025-02-11T13:00+08:00"), clock.deadlineAt(at("2025-02-11T10:00+08:00")));
    ClockStatus paused = clock.statusAt(at("2025-02-10T17:00+08:00"));
    assertEquals(ClockState.PAUSED, paused.state());
    assertEquals(Duration.ofHours(1), paused.elapsed());
    // While paused, the deadline is shown as if the clock resumed now: 1h today, 2h tomorrow.
    assertEquals(at("2025-02-11T11:00+08:00"), paused.deadline());
    assertEquals(ClockState.RUNNING, clock.statusAt(at("2025-02-11T12:59+08:00")).state());
    assertEquals(ClockState.BREACHED, clock.statusAt(at("2025-02-11T13:01+08:00")).state());
  }

  @Test
  void aPauseAfterTheDeadlineChangesNothing() {
    SlaClock clock =
        SlaClock.start(always, Duration.ofHours(1), at("2025-02-10T09:00+08:00"))
            .pause(at("2025-02-10T11:00+08:00"));
    ClockStatus status = clock.statusAt(at("2025-02-10T12:00+08:00"));
    assertEquals(ClockState.BREACHED, status.state());
    assertEquals(at("2025-02-10T10:00+08:00"), status.deadline());
    assertEquals(Duration.ofHours(2), status.elapsed());
  }

  @Test
  void aClockStoppedWhilePausedIsMet() {
    SlaClock clock =
        SlaClock.start(always, Duration.ofHours(2), at("2025-02-10T09:00+08:00"))
            .pause(at("2025-02-10T10:00+08:00"))
            .stop(at("2025-02-12T10:00+08:00"));
    ClockStatus status = clock.statusAt(at("2025-02-13T10:00+08:00"));
    assertEquals(ClockState.MET, status.state());
    assertEquals(Duration.ofHours(1), status.elapsed());
    assertEquals(at("2025-02-12T11:00+08:00"), status.deadline());
    assertEquals(at("2025-02-12T10:00+08:00"), clock.stoppedAt().orElseThrow());
  }

  @Test
  void warningsAndEscalationsFollowTheElapsedShare() {
    SlaClock clock = SlaClock.start(always, Duration.ofHours(4), at("2025-02-10T08:00+08:00"));
    assertEquals(List.of(), clock.statusAt(at("2025-02-10T09:59+08:00")).warnings());
    assertEquals(List.of(50), clock.statusAt(at("2025-02-10T10:00+08:00")).warnings());
    assertEquals(List.of(50, 75), clock.statusAt(at("2025-02-10T11:00+08:00")).warnings());
    ClockStatus due = clock.statusAt(at("2025-02-10T12:00+08:00"));
    assertEquals(List.of(50, 75, 100), due.warnings());
    assertEquals(1, due.escalationLevel());
    assertEquals("team lead", due.escalation().orElseThrow().name());
    assertEquals(0, clock.statusAt(at("2025-02-10T11:59+08:00")).escalationLevel());
    assertEquals(1, clock.statusAt(at("2025-02-10T13:59+08:00")).escalationLevel());
    assertEquals(2, clock.statusAt(at("2025-02-10T14:00+08:00")).escalationLevel());
    assertEquals(3, clock.statusAt(at("2025-02-10T16:00+08:00")).escalationLevel());
  }

  @Test
  void policiesAreConfigurable() {
    ClockPolicy policy =
        new ClockPolicy(List.of(80), List.of(new EscalationLevel(1, "supervisor", 90)));
    SlaClock clock =
        SlaClock.start(always, Duration.ofMinutes(100), policy, at("2025-02-10T08:00+08:00"));
    ClockStatus status = clock.statusAt(at("2025-02-10T09:30+08:00"));
    assertEquals(List.of(80), status.warnings());
    assertEquals("supervisor", status.escalation().orElseThrow().name());
    assertEquals(policy, clock.policy());
    assertThrows(InvalidInputException.class, () -> new ClockPolicy(List.of(50, 50), List.of()));
    assertThrows(InvalidInputException.class, () -> new ClockPolicy(List.of(0), List.of()));
    assertThrows(
        InvalidInputException.class,
        () -> new ClockPolicy(List.of(), List.of(new EscalationLevel(2, "x", 100))));
    assertThrows(
        InvalidInputException.class,
        () ->
            new ClockPolicy(
                List.of(),
                List.of(new EscalationLevel(1, "x", 100), new EscalationLevel(2, "y", 100))));
    assertThrows(InvalidInputException.class, () -> new EscalationLevel(0, "x", 100));
    assertThrows(InvalidInputException.class, () -> new EscalationLevel(1, "x", 0));
  }

  @Test
  void aZeroBudgetIsDueAtOnce() {
    SlaClock clock = SlaClock.start(cn, Duration.ZERO, at("2025-02-09T10:00+08:00"));
    assertEquals(at("2025-02-09T10:00+08:00"), clock.deadlineAt(at("2025-02-09T10:00+08:00")));
    assertEquals(ClockState.BREACHED, clock.statusAt(at("2025-02-09T10:01+08:00")).state());
    assertEquals(
        ClockState.MET,
        clock.stop(at("2025-02-09T10:00+08:00")).statusAt(at("2025-02-09T11:00+08:00")).state());
  }

  @Test
  void eventsMustComeInOrderAndMakeSense() {
    Instant start = at("2025-02-10T09:00+08:00");
    SlaClock clock = SlaClock.start(always, Duration.ofHours(1), start);
    assertThrows(InvalidInputException.class, () -> clock.resume(start.plusSeconds(60)));
    assertThrows(InvalidInputException.class, () -> clock.pause(start.minusSeconds(60)));
    SlaClock paused = clock.pause(start.plusSeconds(600));
    assertThrows(InvalidInputException.class, () -> paused.pause(start.plusSeconds(700)));
    assertThrows(InvalidInputException.class, () -> paused.resume(start.plusSeconds(500)));
    SlaClock resumed = paused.resume(start.plusSeconds(900));
    assertThrows(InvalidInputException.class, () -> resumed.stop(start.plusSeconds(800)));
    SlaClock stopped = resumed.stop(start.plusSeconds(1000));
    assertThrows(InvalidInputException.class, () -> stopped.stop(start.plusSeconds(2000)));
    assertThrows(InvalidInputException.class, () -> stopped.pause(start.plusSeconds(2000)));
    assertThrows(InvalidInputException.class, () -> clock.statusAt(start.minusSeconds(1)));
    assertThrows(
        InvalidInputException.class, () -> SlaClock.start(always, Duration.ofHours(-1), start));
    assertThrows(
        InvalidInputException.class,
        () -> SlaClock.start(cn, Duration.ofHours(1), at("2019-12-31T10:00+08:00")));
    assertThrows(
        InvalidInputException.class,
        () ->
            SlaClock.start(cn, Duration.ofHours(1), at("2025-01-01T10:00+08:00"))
                .pause(at("2027-02-01T10:00+08:00")));
    assertTrue(stopped.toString().contains("24x7"));
    assertEquals(start, stopped.startedAt());
    assertEquals(Duration.ofHours(1), stopped.budget());
    assertEquals(always, stopped.calendar());
  }
}

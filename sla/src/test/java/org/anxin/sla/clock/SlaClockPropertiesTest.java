package org.anxin.sla.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.anxin.sla.calendar.BusinessCalendar;
import org.anxin.sla.calendar.Calendars;
import org.junit.jupiter.api.Test;

/** Clock invariants on cn-workday over random starts in 2020–2026. */
class SlaClockPropertiesTest {

  private static final BusinessCalendar CN = Calendars.cnWorkday();
  private static final long FIRST =
      LocalDate.of(2020, 1, 1).atStartOfDay(Calendars.SHANGHAI).toEpochSecond();
  private static final long LAST =
      LocalDate.of(2026, 9, 1).atStartOfDay(Calendars.SHANGHAI).toEpochSecond();

  /** Up to four pauses as (gap before it, length) pairs in minutes. */
  private static SlaClock withPauses(SlaClock clock, List<Integer> minutes) {
    Instant t = clock.startedAt();
    SlaClock result = clock;
    for (int i = 0; i + 1 < minutes.size(); i += 2) {
      t = t.plusSeconds(60L * minutes.get(i));
      result = result.pause(t);
      t = t.plusSeconds(60L * minutes.get(i + 1));
      result = result.resume(t);
    }
    return result;
  }

  @Test
  void pausesNeverShortenADeadline() {
    qt().forAll(
            longs().between(FIRST, LAST),
            integers().between(0, 48 * 60),
            lists().of(integers().between(0, 3 * 24 * 60)).ofSizeBetween(0, 8))
        .checkAssert(
            (second, budgetMinutes, pauses) -> {
              SlaClock plain =
                  SlaClock.start(
                      CN, Duration.ofMinutes(budgetMinutes), Instant.ofEpochSecond(second));
              SlaClock paused = withPauses(plain, pauses);
              Instant far = Instant.ofEpochSecond(LAST + 90L * 86400);
              Instant before = plain.deadlineAt(far);
              Instant after = paused.deadlineAt(far);
              assertFalse(after.isBefore(before), () -> after + " is before " + before);
              // Counting: business time since the start = elapsed + business time paused.
              Duration paused1 = Duration.ZERO;
              Instant t = plain.startedAt();
              for (int i = 0; i + 1 < pauses.size(); i += 2) {
                t = t.plusSeconds(60L * pauses.get(i));
                Instant end = t.plusSeconds(60L * pauses.get(i + 1));
                paused1 = paused1.plus(CN.between(t, end));
                t = end;
              }
              assertEquals(CN.between(plain.startedAt(), far), paused.elapsedAt(far).plus(paused1));
            });
  }

  @Test
  void aPauseBeforeTheDeadlineMovesItByTheBusinessTimePaused() {
    qt().forAll(
            longs().between(FIRST, LAST),
            integers().between(1, 48 * 60),
            integers().between(0, 48 * 60),
            integers().between(0, 5 * 24 * 60))
        .checkAssert(
            (second, budgetMinutes, startOffset, length) -> {
              Instant start = Instant.ofEpochSecond(second);
              Duration budget = Duration.ofMinutes(budgetMinutes);
              SlaClock plain = SlaClock.start(CN, budget, start);
              Instant pauseAt = start.plusSeconds(60L * startOffset);
              Instant resumeAt = pauseAt.plusSeconds(60L * length);
              SlaClock paused = plain.pause(pauseAt).resume(resumeAt);
              Instant originalDeadline = plain.deadlineAt(start);
              Instant moved = paused.deadlineAt(resumeAt);
              if (pauseAt.isBefore(originalDeadline)) {
                assertEquals(CN.add(start, budget.plus(CN.between(pauseAt, resumeAt))), moved);
              } else {
                assertEquals(originalDeadline, moved);
              }
            });
  }

  @Test
  void theStateFollowsTheDeadline() {
    qt().forAll(
            longs().between(FIRST, LAST),
            integers().between(0, 24 * 60),
            integers().between(0, 10 * 24 * 60))
        .checkAssert(
            (second, budgetMinutes, stopAfter) -> {
              Instant start = Instant.ofEpochSecond(second);
              SlaClock clock = SlaClock.start(CN, Duration.ofMinutes(budgetMinutes), start);
              Instant deadline = clock.deadlineAt(start);
              Instant stop = start.plusSeconds(60L * stopAfter);
              ClockState expected = stop.isAfter(deadline) ? ClockState.BREACHED : ClockState.MET;
              assertEquals(expected, clock.stop(stop).statusAt(stop).state());
              ClockState running =
                  stop.isAfter(deadline) ? ClockState.BREACHED : ClockState.RUNNING;
              assertEquals(running, clock.statusAt(stop).state());
            });
  }
}

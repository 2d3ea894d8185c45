package org.anxin.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast calendar against the minute-stepping oracle, over random instants in 2020–2026. */
class CalendarPropertiesTest {

  private static final long FIRST_MINUTE =
      LocalDate.of(2020, 1, 1).atStartOfDay(Calendars.SHANGHAI).toEpochSecond() / 60;
  // Leaves room for the longest durations below before the data ends on 2026-12-31.
  private static final long LAST_MINUTE =
      LocalDate.of(2026, 12, 1).atStartOfDay(Calendars.SHANGHAI).toEpochSecond() / 60;
  private static final int MAX_MINUTES = 3 * 24 * 60;
  // For durations of up to 10 days (240 business hours, about six weeks of working days).
  private static final long LAST_SECOND_FOR_LONG_DURATIONS =
      LocalDate.of(2026, 10, 15).atStartOfDay(Calendars.SHANGHAI).toEpochSecond();

  private static DatedCalendar calendar(String hours) {
    return Calendars.cnWorkday(WorkingHours.parse("--hours", hours));
  }

  private static MinuteOracle oracle(String hours) {
    return new MinuteOracle(
        HolidayDataLoader.chinaOfficial(), WorkingHours.parse("--hours", hours));
  }

  @ParameterizedTest
  @ValueSource(strings = {"09:00-18:00", "08:30-12:00,13:30-17:30", "00:00-24:00"})
  void betweenEqualsTheOracle(String hours) {
    DatedCalendar calendar = calendar(hours);
    MinuteOracle oracle = oracle(hours);
    qt().forAll(longs().between(FIRST_MINUTE, LAST_MINUTE), integers().between(0, 20_000))
        .checkAssert(
            (from, span) ->
                assertEquals(
                    Duration.ofMinutes(oracle.betweenMinutes(from, from + span)),
                    calendar.between(MinuteOracle.instant(from), MinuteOracle.instant(from + span)),
                    () -> "between " + MinuteOracle.instant(from) + " and +" + span + " min"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"09:00-18:00", "08:30-12:00,13:30-17:30", "00:00-24:00"})
  void addEqualsTheOracle(String hours) {
    DatedCalendar calendar = calendar(hours);
    MinuteOracle oracle = oracle(hours);
    qt().forAll(longs().between(FIRST_MINUTE, LAST_MINUTE), integers().between(0, MAX_MINUTES))
        .checkAssert(
            (start, minutes) ->
                assertEquals(
                    MinuteOracle.instant(oracle.addMinutes(start, minutes)),
                    calendar.add(MinuteOracle.instant(start), Duration.ofMinutes(minutes)),
                    () -> "add " + minutes + " min to " + MinuteOracle.instant(start)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"09:00-18:00", "08:30-12:00,13:30-17:30"})
  void nextWorkingInstantEqualsTheOracle(String hours) {
    DatedCalendar calendar = calendar(hours);
    MinuteOracle oracle = oracle(hours);
    qt().forAll(longs().between(FIRST_MINUTE, LAST_MINUTE))
        .checkAssert(
            t -> {
              Instant instant = MinuteOracle.instant(t);
              assertEquals(
                  MinuteOracle.instant(oracle.nextWorkingMinute(t)),
                  calendar.nextWorkingInstant(instant));
              assertEquals(oracle.isWorkingMinute(t), calendar.isWorkingTime(instant));
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"09:00-18:00", "08:30-12:00,13:30-17:30"})
  void addThenBetweenReturnsTheDuration(String hours) {
    DatedCalendar calendar = calendar(hours);
    // Instants and durations with seconds and nanoseconds, not only whole minutes.
    qt().forAll(
            longs().between(FIRST_MINUTE * 60, LAST_SECOND_FOR_LONG_DURATIONS),
            integers().between(0, 999_999_999),
            longs().between(0, 10L * 24 * 3600 * 1_000_000_000L))
        .checkAssert(
            (second, nano, nanos) -> {
              Instant start = Instant.ofEpochSecond(second, nano);
              Duration duration = Duration.ofNanos(nanos);
              Instant end = calendar.add(start, duration);
              assertEquals(duration, calendar.between(start, end));
              assertEquals(duration.negated(), calendar.between(end, start));
              assertFalse(end.isBefore(start));
              if (!duration.isZero()) {
                // The earliest such instant: a moment earlier, the duration is not used up.
                assertTrue(calendar.between(start, end.minusNanos(1)).compareTo(duration) < 0);
              }
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"09:00-18:00", "08:30-12:00,13:30-17:30"})
  void addIsMonotonicInStartAndDuration(String hours) {
    DatedCalendar calendar = calendar(hours);
    qt().forAll(
            longs().between(FIRST_MINUTE * 60, LAST_MINUTE * 60),
            longs().between(0, 10L * 24 * 3600),
            integers().between(0, MAX_MINUTES * 60),
            integers().between(0, MAX_MINUTES * 60))
        .checkAssert(
            (second, later, d1, d2) -> {
              Instant t1 = Instant.ofEpochSecond(second);
              Instant t2 = t1.plusSeconds(later);
              Duration shorter = Duration.ofSeconds(Math.min(d1, d2));
              Duration longer = Duration.ofSeconds(Math.max(d1, d2));
              assertFalse(calendar.add(t2, shorter).isBefore(calendar.add(t1, shorter)));
              assertFalse(calendar.add(t1, longer).isBefore(calendar.add(t1, shorter)));
              assertFalse(
                  calendar.between(t1, t2).isNegative(), "between grows with its second argument");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"09:00-18:00"})
  void betweenIsAdditive(String hours) {
    DatedCalendar calendar = calendar(hours);
    qt().forAll(
            longs().between(FIRST_MINUTE * 60, LAST_MINUTE * 60),
            longs().between(0, 400L * 24 * 3600),
            longs().between(0, 400L * 24 * 3600))
        .checkAssert(
            (second, ab, bc) -> {
              Instant a = Instant.ofEpochSecond(second);
              Instant b = a.plusSeconds(ab);
              Instant c = b.plusSeconds(bc);
              if (!c.isAfter(Instant.ofEpochSecond(LAST_MINUTE * 60))) {
                assertEquals(
                    calendar.between(a, c), calendar.between(a, b).plus(calendar.between(b, c)));
              }
            });
  }
}

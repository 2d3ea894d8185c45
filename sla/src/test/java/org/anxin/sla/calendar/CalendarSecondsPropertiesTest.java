package org.anxin.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole-second arithmetic ({@code addSeconds}, {@code betweenSeconds}) against the Instant
 * arithmetic it must equal, results and failures alike, over random seconds from a little before
 * the data's first day (2020-01-01) to a little after its last (2026-12-31).
 */
class CalendarSecondsPropertiesTest {

  private static final long FIRST_SECOND =
      LocalDate.of(2019, 12, 25).atStartOfDay(Calendars.SHANGHAI).toEpochSecond();
  private static final long LAST_SECOND =
      LocalDate.of(2027, 1, 5).atStartOfDay(Calendars.SHANGHAI).toEpochSecond();
  // Up to 40 calendar days: long enough to run past the data from its last weeks.
  private static final long MAX_SECONDS = 40L * 86_400;

  static Stream<BusinessCalendar> calendars() {
    return Stream.of(
        Calendars.twentyFourSeven(),
        Calendars.cnWorkday(),
        Calendars.cnWorkday(WorkingHours.parse("--hours", "08:30-12:00,13:30-17:30")),
        Calendars.cnWorkday(WorkingHours.parse("--hours", "00:00-24:00")));
  }

  /** The value both give, or the same type of exception from both. */
  private static void assertSameOutcome(
      LongSupplier fast, LongSupplier reference, String description) {
    long expected;
    try {
      expected = reference.getAsLong();
    } catch (RuntimeException e) {
      assertThrows(e.getClass(), fast::getAsLong, description);
      return;
    }
    assertEquals(expected, fast.getAsLong(), description);
  }

  @ParameterizedTest
  @MethodSource("calendars")
  void addSecondsEqualsAdd(BusinessCalendar calendar) {
    qt().forAll(longs().between(FIRST_SECOND, LAST_SECOND), longs().between(0, MAX_SECONDS))
        .checkAssert(
            (start, seconds) ->
                assertSameOutcome(
                    () -> calendar.addSeconds(start, seconds),
                    () ->
                        calendar
                            .add(Instant.ofEpochSecond(start), Duration.ofSeconds(seconds))
                            .getEpochSecond(),
                    "add " + seconds + " s to " + Instant.ofEpochSecond(start)));
  }

  @ParameterizedTest
  @MethodSource("calendars")
  void betweenSecondsEqualsBetween(BusinessCalendar calendar) {
    qt().forAll(
            longs().between(FIRST_SECOND, LAST_SECOND), longs().between(-MAX_SECONDS, MAX_SECONDS))
        .checkAssert(
            (from, span) ->
                assertSameOutcome(
                    () -> calendar.betweenSeconds(from, from + span),
                    () ->
                        calendar
                            .between(
                                Instant.ofEpochSecond(from), Instant.ofEpochSecond(from + span))
                            .getSeconds(),
                    "between " + Instant.ofEpochSecond(from) + " and " + span + " s later"));
  }

  @ParameterizedTest
  @MethodSource("calendars")
  void edgeCasesFailAlike(BusinessCalendar calendar) {
    long start = LocalDate.of(2024, 5, 6).atStartOfDay(Calendars.SHANGHAI).toEpochSecond();
    long[][] adds = {
      {start, -1},
      {start, 0},
      {start, Long.MAX_VALUE},
      {FIRST_SECOND, 0},
      {LAST_SECOND, 0},
      {Long.MIN_VALUE, 60},
      {Long.MAX_VALUE, 60},
      {Instant.MAX.getEpochSecond(), 1},
      {Instant.MAX.getEpochSecond(), Long.MAX_VALUE},
      {Instant.MIN.getEpochSecond() - 1, 0},
    };
    for (long[] add : adds) {
      assertSameOutcome(
          () -> calendar.addSeconds(add[0], add[1]),
          () ->
              calendar
                  .add(Instant.ofEpochSecond(add[0]), Duration.ofSeconds(add[1]))
                  .getEpochSecond(),
          "add " + add[1] + " s to epoch second " + add[0]);
    }
    long[][] betweens = {
      {start, start},
      {start, FIRST_SECOND},
      {LAST_SECOND, start},
      {Long.MIN_VALUE, start},
      {start, Long.MAX_VALUE},
      {Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()},
    };
    for (long[] between : betweens) {
      assertSameOutcome(
          () -> calendar.betweenSeconds(between[0], between[1]),
          () ->
              calendar
                  .between(Instant.ofEpochSecond(between[0]), Instant.ofEpochSecond(between[1]))
                  .getSeconds(),
          "between epoch seconds " + between[0] + " and " + between[1]);
    }
  }

  @Test
  void boundedCalendarsRefuseWhatTheirDataDoesNotCover() {
    DatedCalendar cn = Calendars.cnWorkday();
    long lastDay = LocalDate.of(2026, 12, 31).atStartOfDay(Calendars.SHANGHAI).toEpochSecond();
    // The last working day's nine hours fit; one second more runs into 2027.
    long closing = cn.addSeconds(lastDay, 9 * 3600);
    assertEquals(lastDay + 18 * 3600, closing);
    assertThrows(InvalidInputException.class, () -> cn.addSeconds(lastDay, 9 * 3600 + 1));
    assertThrows(InvalidInputException.class, () -> cn.addSeconds(FIRST_SECOND, 0));
    assertThrows(InvalidInputException.class, () -> cn.betweenSeconds(lastDay, LAST_SECOND));
    assertThrows(InvalidInputException.class, () -> cn.addSeconds(lastDay, -1));
    assertThrows(DateTimeException.class, () -> cn.addSeconds(Long.MAX_VALUE, 0));
    BusinessCalendar always = Calendars.twentyFourSeven();
    assertEquals(LAST_SECOND + 7, always.addSeconds(LAST_SECOND, 7));
    assertEquals(FIRST_SECOND - LAST_SECOND, always.betweenSeconds(LAST_SECOND, FIRST_SECOND));
    assertThrows(InvalidInputException.class, () -> always.addSeconds(LAST_SECOND, -1));
  }
}

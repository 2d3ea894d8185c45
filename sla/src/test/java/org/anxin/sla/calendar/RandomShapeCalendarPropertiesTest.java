package org.anxin.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * {@link DatedCalendar} on calendars of random shape, against a minute-stepping oracle over the
 * same per-date hours. The cn-workday calendars of {@link CalendarPropertiesTest} have one shape:
 * days of seven to nine hours, two days off a week and holidays of up to eight days. Here a day has
 * up to three spans of one minute to the whole day, and a calendar anything from no day off to
 * nothing but days off, so that the index {@code add} uses to find a deadline's day (buckets of
 * about the average working minutes per day) is tried with buckets of one minute to a whole day and
 * with long closed stretches inside one bucket.
 *
 * <p>Each example builds its calendar from a seed (printed with a failure): 20 to 120 days from
 * 2030-01-07, each closed with a probability drawn per calendar.
 */
class RandomShapeCalendarPropertiesTest {

  private static final LocalDate FIRST = LocalDate.of(2030, 1, 7);
  private static final long ORIGIN =
      FIRST.atStartOfDay(Calendars.SHANGHAI).toInstant().getEpochSecond();
  private static final int MINUTES_PER_DAY = TimeSpan.MINUTES_PER_DAY;

  /** A calendar and its minutes, working or not, from its first midnight to its last. */
  private record Shape(DatedCalendar calendar, boolean[] working, long seed) {

    static Shape of(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      int days = random.nextInt(20, 121);
      // From every day open to (one calendar in eight) every day closed.
      double closed = random.nextInt(8) == 0 ? 1 : random.nextDouble(0, 0.97);
      // One calendar in four has spans of one to four minutes: buckets of one to a few minutes,
      // so that deadlines fall on bucket boundaries.
      boolean tiny = random.nextInt(4) == 0;
      DatedCalendar.Builder builder =
          DatedCalendar.builder("random", FIRST, FIRST.plusDays(days - 1L));
      boolean[] working = new boolean[days * MINUTES_PER_DAY];
      for (int d = 0; d < days; d++) {
        WorkingHours hours =
            random.nextDouble() < closed ? WorkingHours.CLOSED : randomHours(random, tiny);
        // Per-date hours win over every other rule, so the weekly template plays no part.
        builder.hours(FIRST.plusDays(d), hours);
        for (TimeSpan span : hours.spans()) {
          for (int m = span.startMinute(); m < span.endMinute(); m++) {
            working[d * MINUTES_PER_DAY + m] = true;
          }
        }
      }
      return new Shape(builder.build(), working, seed);
    }

    /** One to three spans, each one minute to the whole day long (or at most four, tiny). */
    private static WorkingHours randomHours(SplittableRandom random, boolean tiny) {
      int count = random.nextInt(1, 4);
      int[] bounds = random.ints(2L * count, 0, MINUTES_PER_DAY + 1).sorted().toArray();
      if (tiny) {
        for (int i = 0; i < bounds.length; i += 2) {
          bounds[i + 1] = Math.min(bounds[i + 1], bounds[i] + random.nextInt(1, 5));
        }
      }
      List<TimeSpan> spans = new ArrayList<>();
      for (int i = 0; i < bounds.length; i += 2) {
        if (bounds[i] < bounds[i + 1]
            && (spans.isEmpty() || spans.get(spans.size() - 1).endMinute() <= bounds[i])) {
          spans.add(new TimeSpan(bounds[i], bounds[i + 1]));
        }
      }
      return spans.isEmpty() ? WorkingHours.ALL_DAY : new WorkingHours(spans);
    }

    int minutes() {
      return working.length;
    }

    /** The end of the {@code minutes}-th working minute from {@code start}, or -1 past the data. */
    long addMinutes(int start, long minutes) {
      if (minutes == 0) {
        return start;
      }
      long count = 0;
      for (int m = start; m < working.length; m++) {
        if (working[m] && ++count == minutes) {
          return m + 1L;
        }
      }
      return -1;
    }

    /** The working minutes from {@code from} to {@code to}. */
    long workingMinutes(int from, int to) {
      long count = 0;
      for (int m = from; m < to; m++) {
        if (working[m]) {
          count++;
        }
      }
      return count;
    }

    /**
     * A duration in minutes from {@code start}: half of them all the working time up to the end of
     * a day up to two weeks on, so that the earliest instant is a closing time, the others anything
     * up to a little past the data.
     */
    long duration(int start, int raw) {
      if (raw % 2 == 0) {
        int end = (start / MINUTES_PER_DAY + 1 + raw / 2 % 15) * MINUTES_PER_DAY;
        return workingMinutes(start, Math.min(end, working.length));
      }
      return raw % (workingMinutes() + 3);
    }

    /** The first working minute from {@code start}, or -1 past the data. */
    long nextWorkingMinute(int start) {
      for (int m = start; m < working.length; m++) {
        if (working[m]) {
          return m;
        }
      }
      return -1;
    }

    long workingMinutes() {
      return workingMinutes(0, working.length);
    }

    @Override
    public String toString() {
      return "calendar of seed " + seed + " (" + calendar + ")";
    }
  }

  private static Instant at(long minute) {
    return Instant.ofEpochSecond(ORIGIN + minute * 60);
  }

  @Test
  void addAndAddSecondsEqualTheOracle() {
    qt().forAll(longs().all(), integers().allPositive(), integers().allPositive())
        .checkAssert(
            (seed, rawStart, rawMinutes) -> {
              Shape shape = Shape.of(seed);
              // The closing midnight is a start too; durations run up to a little past the data.
              int start = rawStart % (shape.minutes() + 1);
              long minutes = shape.duration(start, rawMinutes);
              long expected = shape.addMinutes(start, minutes);
              String what = "add " + minutes + " min to minute " + start + " of " + shape;
              if (expected < 0) {
                assertThrows(
                    InvalidInputException.class,
                    () -> shape.calendar().add(at(start), Duration.ofMinutes(minutes)),
                    what);
                assertThrows(
                    InvalidInputException.class,
                    () -> shape.calendar().addSeconds(at(start).getEpochSecond(), minutes * 60),
                    what);
              } else {
                assertEquals(
                    at(expected),
                    shape.calendar().add(at(start), Duration.ofMinutes(minutes)),
                    what);
                assertEquals(
                    at(expected).getEpochSecond(),
                    shape.calendar().addSeconds(at(start).getEpochSecond(), minutes * 60),
                    what);
              }
            });
  }

  @Test
  void addWithSecondsAndNanosGivesTheEarliestInstantTheDurationIsUsedUp() {
    qt().forAll(longs().all(), integers().allPositive(), longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (seed, rawStart, rawNanos) -> {
              Shape shape = Shape.of(seed);
              DatedCalendar calendar = shape.calendar();
              long second = rawStart % (shape.minutes() * 60L);
              Instant start = Instant.ofEpochSecond(ORIGIN + second, rawStart % 1_000_000_000);
              Duration duration =
                  Duration.ofNanos(rawNanos % (shape.workingMinutes() * 60_000_000_000L + 1));
              String what = "add " + duration + " to " + start + " of " + shape;
              Duration left = calendar.between(start, at(shape.minutes()));
              if (duration.compareTo(left) > 0) {
                assertThrows(
                    InvalidInputException.class, () -> calendar.add(start, duration), what);
                return;
              }
              Instant end = calendar.add(start, duration);
              assertEquals(duration, calendar.between(start, end), what);
              assertFalse(end.isBefore(start), what);
              if (!duration.isZero()) {
                assertTrue(
                    calendar.between(start, end.minusNanos(1)).compareTo(duration) < 0, what);
              }
            });
  }

  @Test
  void nextWorkingInstantAndIsWorkingTimeEqualTheOracle() {
    qt().forAll(longs().all(), integers().allPositive())
        .checkAssert(
            (seed, rawStart) -> {
              Shape shape = Shape.of(seed);
              int minute = rawStart % shape.minutes();
              long expected = shape.nextWorkingMinute(minute);
              String what = "minute " + minute + " of " + shape;
              assertEquals(shape.working[minute], shape.calendar().isWorkingTime(at(minute)), what);
              if (expected < 0) {
                assertThrows(
                    InvalidInputException.class,
                    () -> shape.calendar().nextWorkingInstant(at(minute)),
                    what);
              } else {
                // Seconds into the minute: working time is the instant itself.
                Instant t = at(minute).plusSeconds(rawStart % 60);
                Instant next = shape.calendar().nextWorkingInstant(t);
                assertEquals(expected == minute ? t : at(expected), next, what);
              }
            });
  }
}

package org.anxin.sla.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.anxin.domain.InvalidInputException;

/**
 * The {@code 24x7} calendar: every instant is working time, business time is elapsed time. It has
 * no data and therefore no bound.
 */
public final class ContinuousCalendar implements BusinessCalendar {

  /** The built-in calendar's id. */
  public static final String ID = "24x7";

  private static final String VERSION = "24x7.1";

  private final ZoneId zone;

  ContinuousCalendar(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public Instant add(Instant start, Duration duration) {
    if (duration.isNegative()) {
      throw new InvalidInputException("duration", duration, "must not be negative");
    }
    return start.plus(duration);
  }

  @Override
  public Duration between(Instant from, Instant to) {
    return Duration.between(from, to);
  }

  @Override
  public long addSeconds(long startEpochSecond, long seconds) {
    requireInstant(startEpochSecond);
    if (seconds < 0) {
      throw new InvalidInputException(
          "duration", Duration.ofSeconds(seconds), "must not be negative");
    }
    // As Instant.plus: a long overflow is an ArithmeticException, a result past Instant.MAX a
    // DateTimeException.
    return requireInstant(Math.addExact(startEpochSecond, seconds));
  }

  @Override
  public long betweenSeconds(long fromEpochSecond, long toEpochSecond) {
    requireInstant(fromEpochSecond);
    requireInstant(toEpochSecond);
    // Cannot overflow: both lie within Instant's range.
    return toEpochSecond - fromEpochSecond;
  }

  /** Refuses what {@link Instant#ofEpochSecond(long)} refuses, so that both paths fail alike. */
  private static long requireInstant(long epochSecond) {
    if (epochSecond < Instant.MIN.getEpochSecond() || epochSecond > Instant.MAX.getEpochSecond()) {
      throw new DateTimeException("Instant exceeds minimum or maximum instant: " + epochSecond);
    }
    return epochSecond;
  }

  @Override
  public Instant nextWorkingInstant(Instant t) {
    return Objects.requireNonNull(t, "t");
  }

  @Override
  public boolean isWorkingTime(Instant t) {
    Objects.requireNonNull(t, "t");
    return true;
  }

  @Override
  public String toString() {
    return ID + " (" + VERSION + ")";
  }
}

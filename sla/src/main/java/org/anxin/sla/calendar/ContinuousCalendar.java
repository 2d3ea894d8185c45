package org.anxin.sla.calendar;

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

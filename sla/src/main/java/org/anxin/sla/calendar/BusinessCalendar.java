package org.anxin.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A calendar of business time. All arithmetic is in the calendar's own time: {@code add(t, 1h)} is
 * one hour of working time after {@code t}, which may be the next morning.
 *
 * <p>Conventions, shared by every implementation:
 *
 * <ul>
 *   <li>{@code add(t, 0) = t}, even outside working hours;
 *   <li>for a positive duration, a start outside working hours counts from the next opening;
 *   <li>{@code add} returns the earliest instant at which the duration is used up, so a deadline
 *       that ends exactly at closing time is that closing instant, not the next opening;
 *   <li>{@code between(a, add(a, d)) = d}, and {@code between} is signed: {@code between(b, a) =
 *       -between(a, b)}.
 * </ul>
 *
 * A calendar bounded by its data (see {@link DatedCalendar}) throws {@link
 * org.anxin.domain.InvalidInputException} naming the date for any instant or result outside it.
 */
public sealed interface BusinessCalendar permits ContinuousCalendar, DatedCalendar {

  /** The calendar's name, e.g. {@code 24x7} or {@code cn-workday}. */
  String id();

  /**
   * Identifies the calendar's exact content (data version and a hash of its definition); an SLA
   * clock records it so that a deadline can be traced to the calendar that produced it.
   */
  String version();

  /** The time zone in which the calendar's dates and hours are defined. */
  ZoneId zone();

  /**
   * The earliest instant at which {@code duration} of business time after {@code start} is over.
   */
  Instant add(Instant start, Duration duration);

  /** Business time from {@code from} to {@code to}; negative when {@code to} is before. */
  Duration between(Instant from, Instant to);

  /**
   * {@link #add} on whole epoch seconds, without allocating: {@code addSeconds(s, n)} equals {@code
   * add(Instant.ofEpochSecond(s), Duration.ofSeconds(n)).getEpochSecond()} and throws what that
   * throws (a negative duration, an instant or result outside a bounded calendar's data). The
   * result is a whole second because working spans are whole minutes.
   */
  long addSeconds(long startEpochSecond, long seconds);

  /**
   * {@link #between} on whole epoch seconds, without allocating: equals {@code
   * between(Instant.ofEpochSecond(from), Instant.ofEpochSecond(to)).getSeconds()}, a whole number
   * of seconds, and throws what that throws.
   */
  long betweenSeconds(long fromEpochSecond, long toEpochSecond);

  /** {@code t} itself when it is working time, otherwise the next opening. */
  Instant nextWorkingInstant(Instant t);

  /** Whether {@code t} lies in a working span (spans are half-open: closing time is not). */
  boolean isWorkingTime(Instant t);
}

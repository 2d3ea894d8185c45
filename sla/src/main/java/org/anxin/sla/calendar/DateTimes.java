package org.anxin.sla.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.anxin.domain.InvalidInputException;

/**
 * Instants as users write them, in a flag or a CSV column: an ISO-8601 date-time with an offset
 * ({@code 2025-02-07T17:00+08:00}) or a local one in the calendar's zone ({@code 2025-02-07
 * 17:00}).
 *
 * <p>Only instants from {@link #EARLIEST} to {@link #LATEST} are accepted. Complaints and deadlines
 * live in a human span; a year such as +999999999 is a typing mistake, and letting it through would
 * end in an arithmetic overflow deep inside a calendar instead of a message naming the value.
 */
public final class DateTimes {

  /** The earliest instant accepted: 1900-01-01T00:00Z. */
  public static final Instant EARLIEST =
      OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();

  /** The latest instant accepted: 2999-12-31T23:59:59Z. */
  public static final Instant LATEST =
      OffsetDateTime.of(2999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC).toInstant();

  private DateTimes() {}

  /**
   * Parses {@code text} as an instant.
   *
   * @param field the flag or column, for the message
   * @param text what the user wrote
   * @param zone the zone of a local date-time
   * @return the instant
   * @throws InvalidInputException naming {@code field} when the text is no date-time or lies
   *     outside the accepted range
   */
  public static Instant parse(String field, String text, ZoneId zone) {
    String s = text.strip();
    Instant instant;
    try {
      instant = OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeException withOffset) {
      try {
        instant = LocalDateTime.parse(s.replace(' ', 'T')).atZone(zone).toInstant();
      } catch (DateTimeException local) {
        throw new InvalidInputException(
            field, text, "not a date-time such as 2025-02-07T17:00+08:00 or 2025-02-07 17:00");
      }
    }
    return checkRange(field, text, instant);
  }

  /**
   * {@code instant}, if it lies between {@link #EARLIEST} and {@link #LATEST}.
   *
   * @throws InvalidInputException naming {@code field} otherwise
   */
  static Instant checkRange(String field, Object shown, Instant instant) {
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new InvalidInputException(
          field, shown, "must lie between 1900-01-01 and 2999-12-31 (UTC)");
    }
    return instant;
  }
}

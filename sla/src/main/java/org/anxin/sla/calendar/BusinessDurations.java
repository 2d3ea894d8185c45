package org.anxin.sla.calendar;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.domain.InvalidInputException;

/**
 * Durations of business time as users write them: {@code 30m}, {@code 12h}, {@code 1d} (24 hours of
 * the calendar's time, not a calendar day), combinations such as {@code 1h30m}, or ISO-8601 such as
 * {@code PT12H}.
 */
public final class BusinessDurations {

  private static final Pattern SHORT = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?");

  /**
   * The longest duration accepted: 100 years of the calendar's time (36,600 days). An SLA budget is
   * minutes to weeks; anything near this is a typing mistake, refused with its value before it can
   * overflow a deadline.
   */
  public static final Duration LONGEST = Duration.ofDays(36_600);

  private BusinessDurations() {}

  /** Parses a duration; {@code field} names the option or column in error messages. */
  public static Duration parse(String field, String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    Duration duration;
    if (s.startsWith("p")) {
      try {
        duration = Duration.parse(s.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(field, text, "not an ISO-8601 duration such as PT12H", e);
      }
    } else {
      Matcher m = SHORT.matcher(s);
      if (s.isEmpty() || !m.matches()) {
        throw new InvalidInputException(
            field, text, "must be a duration such as 30m, 12h, 1d, 1h30m or PT12H");
      }
      try {
        duration =
            Duration.ofDays(number(m.group(1)))
                .plusHours(number(m.group(2)))
                .plusMinutes(number(m.group(3)));
      } catch (ArithmeticException | NumberFormatException e) {
        throw new InvalidInputException(
            field, text, "is longer than 36600d (100 years), the longest duration accepted", e);
      }
    }
    if (duration.isNegative()) {
      throw new InvalidInputException(field, text, "must not be negative");
    }
    if (duration.compareTo(LONGEST) > 0) {
      throw new InvalidInputException(
          field, text, "is longer than 36600d (100 years), the longest duration accepted");
    }
    return duration;
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  /**
   * Compact form for tables: {@code 26h10m}, {@code 45m}, {@code 0m}, seconds only when present.
   */
  public static String format(Duration duration) {
    StringBuilder out = new StringBuilder();
    Duration d = duration;
    if (d.isNegative()) {
      out.append('-');
      d = d.negated();
    }
    long hours = d.toHours();
    int minutes = d.toMinutesPart();
    int seconds = d.toSecondsPart();
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (minutes > 0 || hours == 0) {
      out.append(minutes).append('m');
    }
    if (seconds > 0 || d.toNanosPart() > 0) {
      out.append(seconds).append('s');
    }
    return out.toString();
  }
}

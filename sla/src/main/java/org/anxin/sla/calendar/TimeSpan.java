package org.anxin.sla.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.domain.InvalidInputException;

/**
 * A half-open span of working time within one day, {@code [start, end)}, in minutes after midnight;
 * {@code end} may be 1440 ({@code 24:00}) for a span that runs to midnight.
 */
public record TimeSpan(int startMinute, int endMinute) {

  /** Minutes in a day; the largest {@code endMinute}. */
  public static final int MINUTES_PER_DAY = 1440;

  private static final Pattern SPAN =
      Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

  public TimeSpan {
    if (startMinute < 0 || endMinute > MINUTES_PER_DAY || startMinute >= endMinute) {
      throw new InvalidInputException(
          "hours",
          format(startMinute) + "-" + format(endMinute),
          "must be a span HH:MM-HH:MM " + "with the start before the end, within 00:00-24:00");
    }
  }

  /** Parses {@code 09:00-18:00}; {@code field} names the option or column in error messages. */
  public static TimeSpan parse(String field, String text) {
    Matcher m = SPAN.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidInputException(field, text, "must be a span HH:MM-HH:MM, e.g. 09:00-18:00");
    }
    int start = minuteOfDay(field, text, m.group(1), m.group(2));
    int end = minuteOfDay(field, text, m.group(3), m.group(4));
    if (start >= end) {
      throw new InvalidInputException(field, text, "the span must start before it ends");
    }
    return new TimeSpan(start, end);
  }

  private static int minuteOfDay(String field, String text, String hh, String mm) {
    int hours = Integer.parseInt(hh);
    int minutes = Integer.parseInt(mm);
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) {
      throw new InvalidInputException(field, text, "times must be between 00:00 and 24:00");
    }
    return hours * 60 + minutes;
  }

  /** Length of the span in minutes. */
  public int minutes() {
    return endMinute - startMinute;
  }

  static String format(int minuteOfDay) {
    return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  }

  @Override
  public String toString() {
    return format(startMinute) + "-" + format(endMinute);
  }
}

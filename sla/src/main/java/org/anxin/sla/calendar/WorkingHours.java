package org.anxin.sla.calendar;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.anxin.domain.InvalidInputException;

/**
 * The working spans of one day, sorted and not overlapping; empty for a closed day. The default is
 * {@code 09:00-18:00} with no lunch break; a break is written as two spans, {@code
 * 09:00-12:00,13:00-18:00}.
 */
public record WorkingHours(List<TimeSpan> spans) {

  /** 09:00-18:00, the default hours of a working day. */
  public static final WorkingHours DEFAULT = new WorkingHours(List.of(new TimeSpan(540, 1080)));

  /** A day with no working time. */
  public static final WorkingHours CLOSED = new WorkingHours(List.of());

  /** All day, 00:00-24:00. */
  public static final WorkingHours ALL_DAY =
      new WorkingHours(List.of(new TimeSpan(0, TimeSpan.MINUTES_PER_DAY)));

  public WorkingHours {
    List<TimeSpan> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(TimeSpan::startMinute));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).startMinute() < sorted.get(i - 1).endMinute()) {
        throw new InvalidInputException("hours", render(sorted), "working spans must not overlap");
      }
    }
    spans = List.copyOf(sorted);
  }

  /**
   * Parses {@code 09:00-18:00} or comma-separated spans such as {@code 09:00-12:00,13:00-18:00}.
   */
  public static WorkingHours parse(String field, String text) {
    List<TimeSpan> spans = new ArrayList<>();
    for (String part : Splitter.on(',').trimResults().split(text)) {
      spans.add(TimeSpan.parse(field, part));
    }
    try {
      return new WorkingHours(spans);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(field, text, "working spans must not overlap", e);
    }
  }

  /** Total working minutes of the day. */
  public int minutes() {
    return spans.stream().mapToInt(TimeSpan::minutes).sum();
  }

  private static String render(List<TimeSpan> spans) {
    return spans.stream().map(TimeSpan::toString).collect(Collectors.joining(","));
  }

  @Override
  public String toString() {
    return spans.isEmpty() ? "closed" : render(spans);
  }
}

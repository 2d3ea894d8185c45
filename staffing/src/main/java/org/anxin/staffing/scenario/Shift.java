package org.anxin.staffing.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.simulator.scenario.ScenarioChecks;

/**
 * A shift: its hours on the day it starts ({@code 08:00-16:00}; an end at or before the start runs
 * into the next day, {@code 22:00-08:00}; {@code 00:00-24:00} is the whole day) and its share of
 * its team's headcount.
 */
public record Shift(String name, String hours, double share) {

  private static final Pattern HOURS =
      Pattern.compile("([01]\\d|2[0-4]):([0-5]\\d)-([01]\\d|2[0-4]):([0-5]\\d)");

  /** The minute of the day the shift starts, 0 to 1439. */
  public int startMinute() {
    return parse()[0];
  }

  /** The length of the shift in minutes, 1 to 1440. */
  public int lengthMinutes() {
    int[] m = parse();
    int length = m[1] - m[0];
    return length > 0 ? length : length + 24 * 60;
  }

  private int[] parse() {
    Matcher matcher = HOURS.matcher(hours.strip());
    if (!matcher.matches()) {
      throw new IllegalStateException("unvalidated shift hours " + hours);
    }
    int start = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
    int end = Integer.parseInt(matcher.group(3)) * 60 + Integer.parseInt(matcher.group(4));
    return new int[] {start, end};
  }

  void validate(String field) {
    ScenarioChecks.required(field + ".name", name);
    if (name.isBlank()) {
      throw ScenarioChecks.invalid(field + ".name", name, "must not be blank");
    }
    ScenarioChecks.required(field + ".hours", hours);
    Matcher matcher = HOURS.matcher(hours.strip());
    if (!matcher.matches()) {
      throw ScenarioChecks.invalid(
          field + ".hours", hours, "must be HH:MM-HH:MM, e.g. 08:00-16:00");
    }
    int start = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
    int end = Integer.parseInt(matcher.group(3)) * 60 + Integer.parseInt(matcher.group(4));
    if (start > 24 * 60 - 1 || end > 24 * 60) {
      throw ScenarioChecks.invalid(
          field + ".hours", hours, "a shift starts before 24:00 and ends by it");
    }
    ScenarioChecks.inRange(field + ".share", share, 0, 1e6);
  }
}

package org.anxin.cli;

import org.anxin.sla.calendar.BusinessCalendar;
import org.anxin.sla.calendar.Calendars;
import org.anxin.sla.calendar.WorkingHours;
import picocli.CommandLine.Option;

/** {@code --calendar} and {@code --hours}, shared by the sla subcommands. */
final class CalendarOptions {

  @Option(
      names = "--calendar",
      paramLabel = "NAME",
      defaultValue = "24x7",
      description = "24x7 or cn-workday (default: ${DEFAULT-VALUE}).")
  String calendar;

  @Option(
      names = "--hours",
      paramLabel = "SPANS",
      description = {
        "Working hours of cn-workday, e.g. 08:30-17:30 or 09:00-12:00,13:00-18:00",
        "(default 09:00-18:00, no lunch break)."
      })
  String hours;

  BusinessCalendar calendar() {
    return Calendars.named(calendar, hours == null ? null : WorkingHours.parse("--hours", hours));
  }
}

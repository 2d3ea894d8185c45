package org.anxin.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.anxin.sla.calendar.BusinessCalendar;
import org.anxin.sla.calendar.BusinessDurations;
import org.anxin.sla.calendar.DateTimes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anxin sla deadline}: one deadline in business time. */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Prints the deadline: START plus DURATION of the calendar's business time.",
    description = {
      "Printed as an ISO-8601 date-time in Asia/Shanghai, e.g. 2025-02-10T11:00+08:00.",
      "A start outside working hours counts from the next opening; a deadline that",
      "ends at closing time is that closing time."
    })
final class SlaDeadlineCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--start",
      required = true,
      paramLabel = "DATE-TIME",
      description = "e.g. 2025-02-07T17:00+08:00 (without an offset: Asia/Shanghai).")
  String start;

  @Option(
      names = "--duration",
      required = true,
      paramLabel = "DURATION",
      description = "30m, 12h, 1d (= 24 hours of business time), 1h30m or ISO PT12H.")
  String duration;

  @CommandLine.Mixin CalendarOptions calendarOptions = new CalendarOptions();

  @Override
  public void run() {
    BusinessCalendar calendar = calendarOptions.calendar();
    Duration budget = BusinessDurations.parse("--duration", duration);
    Instant deadline = calendar.add(parseInstant("--start", start, calendar.zone()), budget);
    spec.commandLine().getOut().println(OffsetDateTime.ofInstant(deadline, calendar.zone()));
  }

  /** An ISO-8601 date-time with offset, or a local one in {@code zone}, in the accepted range. */
  static Instant parseInstant(String option, String text, ZoneId zone) {
    return DateTimes.parse(option, text, zone);
  }
}

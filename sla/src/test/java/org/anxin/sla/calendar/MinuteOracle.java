package org.anxin.sla.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The naive definition of a cn-workday calendar, stepping minute by minute: a minute is working
 * when its date is a make-up day, or a weekday that is not a day off, and its time of day lies in
 * one of the spans. Shares nothing with {@link DatedCalendar} but the parsed holiday data.
 */
final class MinuteOracle {

  private static final long OFFSET_MINUTES = 8 * 60; // Asia/Shanghai, no DST since 1991

  private final HolidayData data;
  private final WorkingHours hours;

  MinuteOracle(HolidayData data, WorkingHours hours) {
    this.data = data;
    this.hours = hours;
  }

  boolean isWorkingMinute(long epochMinute) {
    long local = epochMinute + OFFSET_MINUTES;
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, 1440));
    int minuteOfDay = (int) Math.floorMod(local, 1440);
    boolean workingDay;
    if (data.makeUpDays().containsKey(date)) {
      workingDay = true;
    } else if (data.daysOff().containsKey(date)) {
      workingDay = false;
    } else {
      workingDay =
          date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
    if (!workingDay) {
      return false;
    }
    for (TimeSpan span : hours.spans()) {
      if (minuteOfDay >= span.startMinute() && minuteOfDay < span.endMinute()) {
        return true;
      }
    }
    return false;
  }

  long betweenMinutes(long fromMinute, long toMinute) {
    long count = 0;
    for (long m = fromMinute; m < toMinute; m++) {
      if (isWorkingMinute(m)) {
        count++;
      }
    }
    return count;
  }

  long addMinutes(long startMinute, long minutes) {
    if (minutes == 0) {
      return startMinute;
    }
    long count = 0;
    for (long m = startMinute; ; m++) {
      if (isWorkingMinute(m) && ++count == minutes) {
        return m + 1;
      }
    }
  }

  long nextWorkingMinute(long minute) {
    long m = minute;
    while (!isWorkingMinute(m)) {
      m++;
    }
    return m;
  }

  static Instant instant(long epochMinute) {
    return Instant.ofEpochSecond(epochMinute * 60);
  }

  static long epochMinute(Instant t) {
    return t.getEpochSecond() / 60;
  }
}

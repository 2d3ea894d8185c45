package org.anxin.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingHoursTest {

  @Test
  void parsesSpansSortedWithTheirMinutes() {
    WorkingHours hours = WorkingHours.parse("--hours", "13:00-18:00, 09:00-12:00");
    assertEquals(List.of(new TimeSpan(540, 720), new TimeSpan(780, 1080)), hours.spans());
    assertEquals(480, hours.minutes());
    assertEquals("09:00-12:00,13:00-18:00", hours.toString());
    assertEquals(1440, WorkingHours.parse("h", "00:00-24:00").minutes());
    assertEquals("closed", WorkingHours.CLOSED.toString());
    assertEquals(WorkingHours.DEFAULT, WorkingHours.parse("h", "9:00-18:00"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "09:00",
        "18:00-09:00",
        "09:00-09:00",
        "09:60-10:00",
        "24:30-24:40",
        "09:00-25:00",
        "09:00-12:00,11:00-13:00",
        "nine to five"
      })
  void rejectsBadSpans(String text) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> WorkingHours.parse("--hours", text));
    assertEquals("--hours", e.field());
  }

  @Test
  void aTimeSpanMustRunForwardsWithinTheDay() {
    assertThrows(InvalidInputException.class, () -> new TimeSpan(-1, 10));
    assertThrows(InvalidInputException.class, () -> new TimeSpan(10, 1441));
    assertThrows(InvalidInputException.class, () -> new TimeSpan(10, 10));
  }

  @Test
  void aCustomCalendarHonoursWeeklyAndPerDateHours() {
    LocalDate monday = LocalDate.of(2030, 1, 7);
    DatedCalendar calendar =
        DatedCalendar.builder("shop", monday, monday.plusDays(13))
            .standardHours(WorkingHours.parse("h", "09:00-12:00,13:00-17:00"))
            .weekly(java.time.DayOfWeek.SATURDAY, WorkingHours.parse("h", "10:00-14:00"))
            .hours(monday.plusDays(1), WorkingHours.parse("h", "09:00-10:00"))
            .holiday(monday.plusDays(2))
            .makeUpWorkday(monday.plusDays(6))
            .build();
    assertEquals(7 * 60, calendar.hoursOn(monday).minutes());
    assertEquals(60, calendar.hoursOn(monday.plusDays(1)).minutes());
    assertEquals(0, calendar.hoursOn(monday.plusDays(2)).minutes());
    assertEquals(240, calendar.hoursOn(monday.plusDays(5)).minutes());
    assertEquals(7 * 60, calendar.hoursOn(monday.plusDays(6)).minutes(), "make-up Sunday");
    assertEquals(0, calendar.hoursOn(monday.plusDays(13)).minutes(), "ordinary Sunday");
    // Monday 11:30 + 2h: 30 min before lunch, 1h30 after it.
    assertEquals(
        at("2030-01-07T14:30+08:00"),
        calendar.add(at("2030-01-07T11:30+08:00"), Duration.ofHours(2)));
    // Lunch is not working time, and the closing of the morning span is not the afternoon.
    assertEquals(
        at("2030-01-07T12:00+08:00"),
        calendar.add(at("2030-01-07T11:00+08:00"), Duration.ofHours(1)));
    assertEquals(
        at("2030-01-07T13:00+08:00"), calendar.nextWorkingInstant(at("2030-01-07T12:00+08:00")));
    // Monday 16:00 + 3h: 1h Monday, 1h Tuesday (short day), Wednesday off, 1h Thursday.
    assertEquals(
        at("2030-01-10T10:00+08:00"),
        calendar.add(at("2030-01-07T16:00+08:00"), Duration.ofHours(3)));
    assertEquals("custom", calendar.version().substring(0, 6));
    assertEquals("shop", calendar.id());
    assertEquals(monday, calendar.firstDate());
    assertEquals(monday.plusDays(13), calendar.lastDate());
  }

  @Test
  void theBuilderRefusesDatesOutsideItsRangeAndZonesWithDaylightSaving() {
    LocalDate first = LocalDate.of(2030, 1, 1);
    DatedCalendar.Builder builder = DatedCalendar.builder("x", first, first.plusDays(10));
    assertThrows(InvalidInputException.class, () -> builder.holiday(first.minusDays(1)));
    assertThrows(InvalidInputException.class, () -> builder.makeUpWorkday(first.plusDays(11)));
    assertThrows(
        InvalidInputException.class, () -> DatedCalendar.builder("x", first, first.minusDays(1)));
    assertThrows(
        InvalidInputException.class, () -> DatedCalendar.builder("x", first, first.plusYears(101)));
    DatedCalendar.Builder paris =
        DatedCalendar.builder("x", first, first.plusYears(1)).zone(ZoneId.of("Europe/Paris"));
    assertThrows(InvalidInputException.class, paris::build);
    // A DST zone is fine over a range with one offset.
    DatedCalendar winter =
        DatedCalendar.builder("x", first, first.plusDays(30))
            .zone(ZoneId.of("Europe/Paris"))
            .build();
    assertEquals(
        at("2030-01-02T09:00+01:00"), winter.nextWorkingInstant(at("2030-01-01T20:00+01:00")));
  }

  @Test
  void calendarsByName() {
    assertEquals("24x7", Calendars.named("24x7", null).id());
    assertEquals("cn-workday", Calendars.named(" CN-Workday ", null).id());
    assertEquals(
        Calendars.cnWorkday(WorkingHours.parse("h", "08:00-17:00")).version(),
        Calendars.named("cn-workday", WorkingHours.parse("h", "08:00-17:00")).version());
    assertThrows(InvalidInputException.class, () -> Calendars.named("weekdays", null));
    assertThrows(InvalidInputException.class, () -> Calendars.named("24x7", WorkingHours.DEFAULT));
  }

  @Test
  void theContinuousCalendarIsElapsedTime() {
    BusinessCalendar always = Calendars.twentyFourSeven();
    Instant t = at("2031-02-07T17:00+08:00");
    assertEquals(at("2031-02-08T05:00+08:00"), always.add(t, Duration.ofHours(12)));
    assertEquals(Duration.ofHours(-2), always.between(t, t.minusSeconds(7200)));
    assertEquals(t, always.nextWorkingInstant(t));
    assertEquals(true, always.isWorkingTime(t));
    assertEquals("24x7.1", always.version());
    assertEquals("Asia/Shanghai", always.zone().getId());
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }
}

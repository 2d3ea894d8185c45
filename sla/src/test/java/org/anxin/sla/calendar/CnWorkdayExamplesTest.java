package org.anxin.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines around the 2024 and 2025 Spring Festival and National Day make-up days. */
class CnWorkdayExamplesTest {

  private final DatedCalendar cn = Calendars.cnWorkday();

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
    // Fri 17:00 + 12h: 1h Friday, 9h on make-up Saturday 2025-02-08, 2h Monday.
    "2025-02-07T17:00+08:00, PT12H, 2025-02-10T11:00+08:00",
    // Sunday 2025-01-26 is a make-up day; the holiday runs 01-28 … 02-04.
    "2025-01-26T09:00+08:00, PT9H, 2025-01-26T18:00+08:00",
    "2025-01-27T17:00+08:00, PT2H, 2025-02-05T10:00+08:00",
    // 2024: Sunday 02-04 worked, off 02-10 … 02-17, Sunday 02-18 worked.
    "2024-02-03T12:00+08:00, PT1H, 2024-02-04T10:00+08:00",
    "2024-02-09T17:00+08:00, PT2H, 2024-02-18T10:00+08:00",
    // 2024 National Day: Sunday 09-29 worked, off 10-01 … 10-07, Saturday 10-12 worked.
    "2024-09-28T10:00+08:00, PT1H, 2024-09-29T10:00+08:00",
    "2024-09-30T17:00+08:00, PT2H, 2024-10-08T10:00+08:00",
    "2024-10-11T17:30+08:00, PT1H, 2024-10-12T09:30+08:00",
    // 2025 National Day: Sunday 09-28 worked, off 10-01 … 10-08, Saturday 10-11 worked.
    "2025-09-27T09:00+08:00, PT1H, 2025-09-28T10:00+08:00",
    "2025-09-30T17:00+08:00, PT1H, 2025-09-30T18:00+08:00",
    "2025-09-30T17:00+08:00, PT2H, 2025-10-09T10:00+08:00",
    "2025-10-10T18:00+08:00, PT9H, 2025-10-11T18:00+08:00",
  })
  void deadlinesFollowTheOfficialArrangements(String start, String duration, String expected) {
    assertEquals(at(expected), cn.add(at(start), Duration.parse(duration)));
  }

  @Test
  void makeUpDaysAreWorkingAndHolidaysAreNot() {
    assertTrue(cn.isWorkingDay(LocalDate.of(2025, 2, 8))); // Saturday, 调休
    assertTrue(cn.isWorkingDay(LocalDate.of(2025, 1, 26))); // Sunday, 调休
    assertFalse(cn.isWorkingDay(LocalDate.of(2025, 2, 3))); // Monday, Spring Festival
    assertTrue(cn.isWorkingDay(LocalDate.of(2024, 2, 18))); // Sunday, 调休
    assertFalse(cn.isWorkingDay(LocalDate.of(2024, 10, 7))); // Monday, National Day
    assertFalse(cn.isWorkingDay(LocalDate.of(2023, 1, 2))); // from the 2023 notice
    assertFalse(cn.isWorkingDay(LocalDate.of(2020, 2, 1))); // make-up day cancelled in 2020
    assertTrue(cn.isWorkingDay(LocalDate.of(2020, 2, 3)));
    assertEquals(WorkingHours.DEFAULT, cn.hoursOn(LocalDate.of(2025, 2, 8)));
    assertEquals(WorkingHours.CLOSED, cn.hoursOn(LocalDate.of(2025, 2, 9)));
  }

  @Test
  void addingNothingIsTheStartEvenOutsideHours() {
    Instant saturdayNight = at("2025-02-09T23:00+08:00");
    assertEquals(saturdayNight, cn.add(saturdayNight, Duration.ZERO));
  }

  @Test
  void aStartOutsideHoursCountsFromTheNextOpening() {
    assertEquals(at("2025-02-10T09:30+08:00"), cn.add(at("2025-02-09T23:00+08:00"), minutes(30)));
    assertEquals(at("2025-02-11T09:30+08:00"), cn.add(at("2025-02-10T18:00+08:00"), minutes(30)));
    assertEquals(at("2025-02-10T09:30+08:00"), cn.add(at("2025-02-10T07:00+08:00"), minutes(30)));
  }

  @Test
  void aDeadlineEndingAtClosingTimeIsTheClosingInstant() {
    assertEquals(at("2025-02-10T18:00+08:00"), cn.add(at("2025-02-10T09:00+08:00"), hours(9)));
    assertEquals(at("2025-02-10T18:00+08:00"), cn.add(at("2025-02-10T08:00+08:00"), hours(9)));
    assertEquals(at("2025-02-11T09:01+08:00"), cn.add(at("2025-02-10T09:00+08:00"), minutes(541)));
  }

  @Test
  void oneDayIsTwentyFourHoursOfBusinessTime() {
    // 24 business hours from Monday 09:00: Monday, Tuesday (18h), then 6h on Wednesday.
    assertEquals(
        at("2025-02-12T15:00+08:00"),
        cn.add(at("2025-02-10T09:00+08:00"), BusinessDurations.parse("--duration", "1d")));
  }

  @Test
  void betweenIsSignedAndCountsOnlyWorkingTime() {
    Instant friday = at("2025-02-07T17:00+08:00");
    Instant monday = at("2025-02-10T11:00+08:00");
    assertEquals(hours(12), cn.between(friday, monday));
    assertEquals(hours(-12), cn.between(monday, friday));
    assertEquals(
        Duration.ZERO, cn.between(at("2025-02-09T10:00+08:00"), at("2025-02-09T17:00+08:00")));
  }

  @Test
  void nextWorkingInstantSkipsHolidaysAndKeepsWorkingInstants() {
    assertEquals(at("2025-02-05T09:00+08:00"), cn.nextWorkingInstant(at("2025-01-27T18:00+08:00")));
    Instant working = at("2025-02-05T12:34:56.789+08:00");
    assertEquals(working, cn.nextWorkingInstant(working));
    assertTrue(cn.isWorkingTime(at("2025-02-05T09:00+08:00")));
    assertFalse(cn.isWorkingTime(at("2025-02-05T18:00+08:00")), "spans are half-open");
    assertFalse(cn.isWorkingTime(at("2025-02-05T08:59:59+08:00")));
  }

  @Test
  void subMinutePrecisionIsKept() {
    Instant start = at("2025-02-05T17:59:30.5+08:00");
    assertEquals(at("2025-02-06T09:00:29.5+08:00"), cn.add(start, Duration.ofSeconds(59)));
  }

  @Test
  void datesOutsideTheDataAreRefusedNamingTheDate() {
    InvalidInputException before =
        assertThrows(
            InvalidInputException.class,
            () -> cn.between(at("2019-12-31T10:00+08:00"), at("2020-01-02T10:00+08:00")));
    assertEquals("2019-12-31", before.value());
    assertEquals("calendar cn-workday", before.field());
    InvalidInputException after =
        assertThrows(
            InvalidInputException.class, () -> cn.isWorkingTime(at("2027-01-04T10:00+08:00")));
    assertEquals("2027-01-04", after.value());
    assertThrows(InvalidInputException.class, () -> cn.isWorkingDay(LocalDate.of(2027, 1, 4)));
    assertThrows(InvalidInputException.class, () -> cn.hoursOn(LocalDate.of(2019, 12, 31)));
  }

  @Test
  void aDeadlineReachingIntoAYearWithoutDataIsAnError() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> cn.add(at("2026-12-31T17:00+08:00"), hours(12)));
    assertEquals("2027-01-01", e.value());
    assertTrue(e.getMessage().contains("2026-12-31"), e.getMessage());
    assertThrows(
        InvalidInputException.class, () -> cn.nextWorkingInstant(at("2026-12-31T18:00+08:00")));
    assertThrows(
        InvalidInputException.class,
        () -> cn.add(at("2026-12-31T17:00+08:00"), Duration.ofDays(365L * 1000)));
    // The last working minute of the data is still fine, and so is the closing midnight.
    assertEquals(at("2026-12-31T18:00+08:00"), cn.add(at("2026-12-31T17:00+08:00"), hours(1)));
    assertEquals(
        Duration.ZERO, cn.between(at("2026-12-31T18:00+08:00"), at("2027-01-01T00:00+08:00")));
    assertThrows(
        InvalidInputException.class,
        () -> cn.between(at("2027-01-01T00:00:00.000000001+08:00"), at("2026-12-31T18:00+08:00")));
  }

  @Test
  void negativeDurationsAreRefused() {
    assertThrows(
        InvalidInputException.class, () -> cn.add(at("2025-02-05T10:00+08:00"), hours(-1)));
    assertThrows(
        InvalidInputException.class,
        () -> Calendars.twentyFourSeven().add(at("2025-02-05T10:00+08:00"), hours(-1)));
  }

  @Test
  void otherHoursGiveAnotherVersion() {
    DatedCalendar early = Calendars.cnWorkday(WorkingHours.parse("--hours", "08:00-17:00"));
    assertEquals(at("2025-02-10T09:00+08:00"), early.add(at("2025-02-07T16:00+08:00"), hours(11)));
    assertTrue(cn.version().startsWith("cn-2020-2026.1+"), cn.version());
    assertFalse(cn.version().equals(early.version()));
    assertEquals(cn.version(), Calendars.cnWorkday().version(), "the version is reproducible");
  }

  private static Duration hours(long h) {
    return Duration.ofHours(h);
  }

  private static Duration minutes(long m) {
    return Duration.ofMinutes(m);
  }
}

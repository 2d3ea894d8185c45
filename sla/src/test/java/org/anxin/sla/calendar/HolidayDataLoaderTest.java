package org.anxin.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayDataLoaderTest {

  private final HolidayData china = HolidayDataLoader.chinaOfficial();

  /** The check table of holidays-cn.md: working days per calendar year. */
  @ParameterizedTest(name = "{0}: {1} working days")
  @CsvSource({
    "2020, 249",
    "2021, 250",
    "2022, 249",
    "2023, 249",
    "2024, 251",
    "2025, 248",
    "2026, 248"
  })
  void workingDaysPerYearMatchTheOfficialCount(int year, int expected) {
    DatedCalendar cn = Calendars.cnWorkday();
    int working = 0;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (cn.isWorkingDay(d)) {
        working++;
      }
    }
    assertEquals(expected, working);
    // The same count straight from the data: weekdays, minus days off, plus make-up days.
    int fromData = 0;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      boolean weekday = d.getDayOfWeek().getValue() <= 5;
      if (china.makeUpDays().containsKey(d) || (weekday && !china.daysOff().containsKey(d))) {
        fromData++;
      }
    }
    assertEquals(expected, fromData);
  }

  @Test
  void everyYearHasItsNotice() {
    assertEquals(2020, china.firstYear());
    assertEquals(2026, china.lastYear());
    assertEquals(LocalDate.of(2020, 1, 1), china.firstDate());
    assertEquals(LocalDate.of(2026, 12, 31), china.lastDate());
    for (int year = 2020; year <= 2026; year++) {
      assertFalse(china.notices().get(year).isEmpty(), "notice for " + year);
      china.notices().get(year).forEach(url -> assertTrue(url.contains("gov.cn/zhengce"), url));
    }
    assertEquals(2, china.notices().get(2020).size(), "2020 has the extension notice too");
    assertEquals("Asia/Shanghai", china.zone().getId());
    assertEquals("cn-2020-2026.1", china.dataVersion());
  }

  @Test
  void theNoticeOf2023ReachesInto2022() {
    assertTrue(china.daysOff().get(LocalDate.of(2022, 12, 31)).contains("元旦"));
    assertTrue(china.makeUpDays().containsKey(LocalDate.of(2025, 2, 8)));
    assertTrue(china.daysOff().get(LocalDate.of(2025, 2, 4)).contains("春节"));
    // 2020-02-03 is a Monday: listed in the data, but no make-up is needed.
    assertFalse(china.makeUpDays().containsKey(LocalDate.of(2020, 2, 3)));
    assertTrue(china.specialHours().isEmpty());
  }

  @Test
  void readsSpecialHoursAndComments() {
    HolidayData data =
        load(
            """
            # a comment
            data-version test.1
            zone Asia/Shanghai
            year 2030
            notice https://example.org/2030   # trailing comment
            off 2030-01-01..2030-01-02 New Year
            work 2030-01-05 New Year
            hours 2030-01-04 09:00-12:00
            """);
    assertEquals(2, data.daysOff().size());
    assertEquals(
        WorkingHours.parse("h", "09:00-12:00"), data.specialHours().get(LocalDate.of(2030, 1, 4)));
    DatedCalendar calendar = data.calendar("test", WorkingHours.DEFAULT);
    assertEquals(
        WorkingHours.parse("h", "09:00-12:00"), calendar.hoursOn(LocalDate.of(2030, 1, 4)));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2030, 1, 5)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2030, 1, 2)));
    assertTrue(calendar.version().startsWith("test.1+"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "year 2030\\nyear 2032| line 5",
        "year 2030\\noff 2030-01-01\\noff 2030-01-01| line 6",
        "year 2030\\nwork 2031-01-04| line 5",
        "year 2030\\nfrobnicate 1| line 5",
        "year 2030\\noff 2030-02-30| line 5",
        "year 2030\\noff 2030-03-01..2030-02-01| line 5",
        "year 2030\\nyear| line 5",
        "year x| line 4",
        "notice http://x| line 4",
      })
  void mistakesAreReportedWithTheirLine(String body, String line) {
    String text = "data-version t\nzone Asia/Shanghai\n\n" + body.replace("\\n", "\n") + "\n";
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> load(text));
    assertTrue(e.getMessage().startsWith("test.txt " + line + ":"), e.getMessage());
  }

  @Test
  void aFileWithoutYearsIsRefused() {
    assertThrows(InvalidInputException.class, () -> load("data-version t\nzone Asia/Shanghai\n"));
    assertThrows(InvalidInputException.class, () -> load("zone Mars/Olympus\n"));
  }

  private static HolidayData load(String text) {
    return HolidayDataLoader.load("test.txt", new StringReader(text));
  }
}

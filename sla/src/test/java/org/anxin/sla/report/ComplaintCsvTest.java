package org.anxin.sla.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;
import org.anxin.sla.calendar.Calendars;
import org.anxin.sla.complaint.Channel;
import org.anxin.sla.complaint.ComplaintSummary;
import org.anxin.sla.complaint.Pause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintCsvTest {

  private static final String HEADER =
      "id,channel,team,category,received,registered,first_response,solution,resolved,paused_minutes";

  private static List<ComplaintSummary> read(String text) {
    return ComplaintCsv.read("c.csv", new StringReader(text), Calendars.SHANGHAI);
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  @Test
  void readsRowsByColumnName() {
    String text =
        "\uFEFFdeal,ID,channel,team,category,received,registered,first_response,solution,"
            + "resolved,paused_minutes,reopened,pauses\r\n"
            + "D-1,C-1,walk-in,\"Jing'an, north\",\"fees \"\"arrears\"\"\",2025-03-03T09:00+08:00,"
            + "2025-03-03 09:40,2025-03-03T09:10+08:00,2025-03-03T11:00+08:00,"
            + "2025-03-04T10:00+08:00,,2025-03-03T12:00+08:00,"
            + "2025-03-03T09:20+08:00/2025-03-03T09:50+08:00; 2025-03-03T13:00+08:00/2025-03-03T14:00+08:00\r\n"
            + "\r\n"
            + ",C-2,phone,North,fees,2025-03-03T01:00Z,,,,,15,,\n";
    List<ComplaintSummary> rows = read(text);
    assertEquals(2, rows.size());
    ComplaintSummary first = rows.get(0);
    assertEquals("C-1", first.id().value());
    assertEquals(Channel.WALK_IN, first.channel());
    assertEquals("Jing'an, north", first.team());
    assertEquals("fees \"arrears\"", first.category());
    assertEquals(Optional.of(DealId.of("D-1")), first.deal());
    assertEquals(at("2025-03-03T09:40+08:00"), first.registered());
    assertEquals(List.of(at("2025-03-03T12:00+08:00")), first.reopenings());
    assertEquals(
        List.of(
            Pause.closed(at("2025-03-03T09:20+08:00"), at("2025-03-03T09:50+08:00")),
            Pause.closed(at("2025-03-03T13:00+08:00"), at("2025-03-03T14:00+08:00"))),
        first.pauses());
    ComplaintSummary second = rows.get(1);
    assertEquals(at("2025-03-03T09:00+08:00"), second.received());
    assertEquals(second.received(), second.registered());
    assertTrue(second.isOpen());
    assertEquals(Duration.ofMinutes(15), second.reportedPause());
    assertEquals(Optional.empty(), second.deal());
  }

  @Test
  void anOpenPauseIsWrittenWithAnEmptyEnd() {
    List<ComplaintSummary> rows =
        read(
            HEADER + ",pauses\nC,online,T,c,2025-03-03T09:00+08:00,,,,,,2025-03-03T10:00+08:00/\n");
    assertEquals(List.of(Pause.open(at("2025-03-03T10:00+08:00"))), rows.get(0).pauses());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "C,fax,T,c,2025-03-03T09:00+08:00,,,,,| c.csv line 2, column channel",
        "C,phone,T,c,2025-03-03T25:00+08:00,,,,,| c.csv line 2, column received",
        "C,phone,T,c,,,,,,| c.csv line 2, column received",
        ",phone,T,c,2025-03-03T09:00+08:00,,,,,| c.csv line 2, column id",
        "C,phone,,c,2025-03-03T09:00+08:00,,,,,| c.csv line 2, column team",
        "C,phone,T,,2025-03-03T09:00+08:00,,,,,| c.csv line 2, column category",
        "C,phone,T,c,2025-03-03T09:00+08:00,2025-03-03T08:00+08:00,,,,| c.csv line 2, column registered",
        "C,phone,T,c,2025-03-03T09:00+08:00,,2025-03-03T08:00+08:00,,,| c.csv line 2, column first_response",
        "C,phone,T,c,2025-03-03T09:00+08:00,,,,,-5| c.csv line 2, column paused_minutes",
        "C,phone,T,c,2025-03-03T09:00+08:00,,,,,1.5| c.csv line 2, column paused_minutes",
        "C,phone,T,c,2025-03-03T09:00+08:00,,,,| c.csv line 2",
        "C,phone,T,c,2025-03-03T09:00+08:00,,,,,,| c.csv line 2",
        "C,phone,T,c,2025-03-03T09:00+08:00,,,,,\\nC,phone,T,c,2025-03-03T09:00+08:00,,,,,| c.csv line 3, column id",
        "C,phone,T,c,\"2025-03-03T09:00+08:00\"x,,,,,| c.csv line 2, field 5",
        "C,phone,T,c,2025\"-03,,,,,| c.csv line 2, field 5",
        "C,phone,T,c,\"2025-03-03T09:00+08:00,,,,,| c.csv line 2",
      })
  void aBadRowIsReportedWithItsLineAndColumn(String row, String where) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> read(HEADER + "\n" + row.replace("\\n", "\n") + "\n"));
    assertTrue(e.getMessage().startsWith(where + ":"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "C,phone,T,c,2025-03-03T09:00+08:00,,,,,,x| c.csv line 2, column pauses",
        "C,phone,T,c,2025-03-03T09:00+08:00,,,,,,2025-03-03T10:00+08:00/junk| c.csv line 2, column pauses",
        "C,phone,T,c,2025-03-03T09:00+08:00,,,,,5,2025-03-03T10:00+08:00/2025-03-03T11:00+08:00| c.csv line 2, column paused_minutes",
      })
  void badPausesAreReportedWithTheirColumn(String row, String where) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> read(HEADER + ",pauses\n" + row + "\n"));
    assertTrue(e.getMessage().startsWith(where + ":"), e.getMessage());
  }

  @Test
  void theHeaderIsChecked() {
    assertTrue(
        assertThrows(InvalidInputException.class, () -> read(""))
            .getMessage()
            .startsWith("c.csv:"));
    assertTrue(
        assertThrows(InvalidInputException.class, () -> read(HEADER + ",recieved\n"))
            .getMessage()
            .startsWith("c.csv line 1, column 11:"));
    assertTrue(
        assertThrows(InvalidInputException.class, () -> read(HEADER + ",id\n"))
            .getMessage()
            .contains("twice"));
    assertTrue(
        assertThrows(InvalidInputException.class, () -> read("id,channel\n"))
            .getMessage()
            .startsWith("c.csv line 1:"));
    assertEquals(List.of(), read(HEADER + "\n\n"));
  }

  @Test
  void aQuotedFieldMaySpanLinesAndLaterLinesKeepTheirNumbers() {
    String text =
        HEADER
            + "\nC1,phone,T,\"multi\nline\",2025-03-03T09:00+08:00,,,,,\n"
            + "C2,phone,T,c,not-a-date,,,,,\n";
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(text));
    assertTrue(e.getMessage().startsWith("c.csv line 4, column received:"), e.getMessage());
  }
}

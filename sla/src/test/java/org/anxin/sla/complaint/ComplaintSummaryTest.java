package org.anxin.sla.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplaintSummaryTest {

  private static Instant at(String time) {
    return OffsetDateTime.parse("2025-03-03T" + time + "+08:00").toInstant();
  }

  private static Optional<Instant> maybe(String time) {
    return time == null ? Optional.empty() : Optional.of(at(time));
  }

  private static ComplaintSummary summary(
      String registered,
      String response,
      String solution,
      String resolved,
      List<Instant> reopenings,
      List<Pause> pauses,
      Duration reported) {
    return new ComplaintSummary(
        ComplaintId.of("C-7"),
        Channel.ONLINE,
        "team",
        "category",
        Optional.empty(),
        at("09:00"),
        at(registered),
        maybe(response),
        maybe(solution),
        maybe(resolved),
        reopenings,
        pauses,
        reported);
  }

  private static String columnOf(Runnable r) {
    return assertThrows(ComplaintInputException.class, r::run).column();
  }

  @Test
  void contradictionsNameTheirColumn() {
    List<Instant> none = List.of();
    List<Pause> noPause = List.of();
    Duration zero = Duration.ZERO;
    assertEquals(
        "registered", columnOf(() -> summary("08:00", null, null, null, none, noPause, zero)));
    assertEquals(
        "first_response",
        columnOf(() -> summary("09:00", "08:59", null, null, none, noPause, zero)));
    assertEquals(
        "solution", columnOf(() -> summary("09:00", null, "08:00", null, none, noPause, zero)));
    assertEquals(
        "resolved", columnOf(() -> summary("09:00", null, null, "08:00", none, noPause, zero)));
    assertEquals(
        "solution", columnOf(() -> summary("09:00", "10:00", "09:30", null, none, noPause, zero)));
    assertEquals(
        "resolved", columnOf(() -> summary("09:00", "10:00", null, "09:30", none, noPause, zero)));
    assertEquals(
        "resolved", columnOf(() -> summary("09:00", null, "10:00", "09:30", none, noPause, zero)));
    assertEquals(
        "reopened",
        columnOf(() -> summary("09:00", null, null, null, List.of(at("08:00")), noPause, zero)));
    assertEquals(
        "reopened",
        columnOf(
            () ->
                summary(
                    "09:00", null, null, null, List.of(at("11:00"), at("10:00")), noPause, zero)));
    assertEquals(
        "resolved",
        columnOf(() -> summary("09:00", null, null, "10:00", List.of(at("11:00")), noPause, zero)));
    assertEquals(
        "pauses",
        columnOf(
            () ->
                summary(
                    "09:00",
                    null,
                    null,
                    null,
                    none,
                    List.of(Pause.closed(at("08:00"), at("10:00"))),
                    zero)));
    assertEquals(
        "pauses",
        columnOf(
            () ->
                summary(
                    "09:00",
                    null,
                    null,
                    null,
                    none,
                    List.of(Pause.closed(at("11:00"), at("10:00"))),
                    zero)));
    assertEquals(
        "pauses",
        columnOf(
            () ->
                summary(
                    "09:00",
                    null,
                    null,
                    null,
                    none,
                    List.of(
                        Pause.closed(at("10:00"), at("11:00")),
                        Pause.closed(at("10:30"), at("12:00"))),
                    zero)));
    assertEquals(
        "pauses",
        columnOf(
            () ->
                summary(
                    "09:00", null, null, "12:00", none, List.of(Pause.open(at("10:00"))), zero)));
    assertEquals(
        "pauses",
        columnOf(
            () ->
                summary(
                    "09:00",
                    null,
                    null,
                    null,
                    none,
                    List.of(Pause.open(at("10:00")), Pause.closed(at("11:00"), at("12:00"))),
                    zero)));
    assertEquals(
        "resolved",
        columnOf(
            () ->
                summary(
                    "09:00",
                    null,
                    null,
                    "10:30",
                    none,
                    List.of(Pause.closed(at("10:00"), at("11:00"))),
                    zero)));
    assertEquals(
        "paused_minutes",
        columnOf(() -> summary("09:00", null, null, null, none, noPause, Duration.ofMinutes(-1))));
    assertEquals(
        "paused_minutes",
        columnOf(
            () ->
                summary(
                    "09:00",
                    null,
                    null,
                    null,
                    none,
                    List.of(Pause.closed(at("10:00"), at("11:00"))),
                    Duration.ofMinutes(5))));
    ComplaintInputException e =
        assertThrows(
            ComplaintInputException.class,
            () -> summary("08:00", null, null, null, none, noPause, zero));
    assertEquals("complaint C-7, registered", e.field());
    assertEquals("must not be before received", e.problem());
  }

  @Test
  void teamAndCategoryAreRequired() {
    assertThrows(
        ComplaintInputException.class,
        () ->
            new ComplaintSummary(
                ComplaintId.of("C"),
                Channel.PHONE,
                " ",
                "c",
                Optional.empty(),
                at("09:00"),
                at("09:00"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                Duration.ZERO));
    assertThrows(
        ComplaintInputException.class,
        () ->
            new ComplaintSummary(
                ComplaintId.of("C"),
                Channel.PHONE,
                "t",
                "",
                Optional.empty(),
                at("09:00"),
                at("09:00"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                Duration.ZERO));
  }

  @Test
  void aConsistentSummaryIsAccepted() {
    ComplaintSummary s =
        summary(
            "09:30",
            "09:10",
            "10:00",
            "13:00",
            List.of(at("12:00")),
            List.of(Pause.closed(at("10:00"), at("11:00")), Pause.closed(at("11:00"), at("11:30"))),
            Duration.ZERO);
    assertEquals(2, s.pauses().size());
  }
}

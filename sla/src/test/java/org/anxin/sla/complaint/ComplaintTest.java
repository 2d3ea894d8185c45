package org.anxin.sla.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;
import org.anxin.sla.complaint.ComplaintEvent.Escalated;
import org.anxin.sla.complaint.ComplaintEvent.Paused;
import org.anxin.sla.complaint.ComplaintEvent.Received;
import org.anxin.sla.complaint.ComplaintEvent.Registered;
import org.anxin.sla.complaint.ComplaintEvent.Reopened;
import org.anxin.sla.complaint.ComplaintEvent.Resolved;
import org.anxin.sla.complaint.ComplaintEvent.Responded;
import org.anxin.sla.complaint.ComplaintEvent.Resumed;
import org.anxin.sla.complaint.ComplaintEvent.SolutionProposed;
import org.junit.jupiter.api.Test;

class ComplaintTest {

  private static Instant at(String time) {
    return OffsetDateTime.parse("2025-03-03T" + time + "+08:00").toInstant();
  }

  private static Complaint complaint(ComplaintEvent... events) {
    return new Complaint(
        ComplaintId.of("C-1"),
        Channel.WALK_IN,
        "Jing'an",
        "deposit",
        Optional.of(DealId.of("D-42")),
        List.of(events));
  }

  @Test
  void aHistoryFoldsIntoItsMilestones() {
    Complaint c =
        complaint(
            new Received(at("09:00")),
            new Responded(at("09:10")),
            new Registered(at("09:40")),
            new Paused(at("10:00")),
            new Resumed(at("11:00")),
            new SolutionProposed(at("12:00")),
            new Escalated(at("12:30"), 1),
            new Responded(at("12:40")),
            new Resolved(at("14:00")),
            new Reopened(at("15:00")),
            new SolutionProposed(at("15:30")),
            new Escalated(at("15:40"), 2),
            new Resolved(at("16:00")));
    ComplaintSummary s = c.summary();
    assertEquals(at("09:00"), s.received());
    assertEquals(at("09:40"), s.registered());
    assertEquals(Optional.of(at("09:10")), s.firstResponse());
    assertEquals(Optional.of(at("12:00")), s.solution());
    assertEquals(Optional.of(at("16:00")), s.resolved(), "the final resolution");
    assertEquals(List.of(at("15:00")), s.reopenings());
    assertEquals(List.of(Pause.closed(at("10:00"), at("11:00"))), s.pauses());
    assertEquals(Duration.ZERO, s.reportedPause());
    assertEquals(2, c.escalationLevel());
    assertFalse(s.isOpen());
    assertTrue(s.wasReopened());
    assertEquals(Optional.of(DealId.of("D-42")), s.deal());
    assertEquals("walk-in", s.channel().toString());
  }

  @Test
  void aReopenedComplaintIsOpenUntilResolvedAgainAndAResolutionEndsAPause() {
    ComplaintSummary reopened =
        complaint(new Received(at("09:00")), new Resolved(at("10:00")), new Reopened(at("11:00")))
            .summary();
    assertTrue(reopened.isOpen());
    assertEquals(at("09:00"), reopened.registered(), "registered defaults to received");
    ComplaintSummary paused =
        complaint(new Received(at("09:00")), new Paused(at("09:30"))).summary();
    assertEquals(List.of(Pause.open(at("09:30"))), paused.pauses());
    ComplaintSummary closedWhilePaused =
        complaint(new Received(at("09:00")), new Paused(at("09:30")), new Resolved(at("10:00")))
            .summary();
    assertEquals(List.of(Pause.closed(at("09:30"), at("10:00"))), closedWhilePaused.pauses());
    assertEquals(0, complaint(new Received(at("09:00"))).escalationLevel());
  }

  @Test
  void impossibleHistoriesAreRefused() {
    List<List<ComplaintEvent>> bad =
        List.of(
            List.of(),
            List.of(new Responded(at("09:00"))),
            List.of(new Received(at("09:00")), new Received(at("09:10"))),
            List.of(new Received(at("09:00")), new Responded(at("08:00"))),
            List.of(
                new Received(at("09:00")),
                new Registered(at("09:10")),
                new Registered(at("09:20"))),
            List.of(new Received(at("09:00")), new Reopened(at("09:10"))),
            List.of(
                new Received(at("09:00")), new Resolved(at("09:10")), new Resolved(at("09:20"))),
            List.of(
                new Received(at("09:00")), new Resolved(at("09:10")), new Responded(at("09:20"))),
            List.of(
                new Received(at("09:00")),
                new Resolved(at("09:10")),
                new SolutionProposed(at("09:20"))),
            List.of(new Received(at("09:00")), new Resolved(at("09:10")), new Paused(at("09:20"))),
            List.of(
                new Received(at("09:00")),
                new Resolved(at("09:10")),
                new Escalated(at("09:20"), 1)),
            List.of(new Received(at("09:00")), new Escalated(at("09:20"), 0)),
            List.of(new Received(at("09:00")), new Paused(at("09:10")), new Paused(at("09:20"))),
            List.of(new Received(at("09:00")), new Resumed(at("09:10"))));
    for (List<ComplaintEvent> events : bad) {
      assertThrows(
          InvalidInputException.class,
          () ->
              new Complaint(
                  ComplaintId.of("C-9"), Channel.PHONE, "t", "c", Optional.empty(), events),
          events::toString);
    }
  }

  @Test
  void channelsAndIds() {
    assertEquals(Channel.WALK_IN, Channel.parse("channel", "Walk_In"));
    assertEquals(Channel.WALK_IN, Channel.parse("channel", "面访"));
    assertEquals(Channel.PHONE, Channel.parse("channel", " phone"));
    assertEquals(Channel.PHONE, Channel.parse("channel", "电话"));
    assertEquals(Channel.ONLINE, Channel.parse("channel", "线上"));
    assertEquals("online", Channel.ONLINE.label());
    assertThrows(InvalidInputException.class, () -> Channel.parse("channel", "fax"));
    assertEquals("C-1", ComplaintId.of(" C-1 ").value());
    assertEquals("C-1", ComplaintId.of("C-1").toString());
    assertTrue(ComplaintId.of("A").compareTo(ComplaintId.of("B")) < 0);
    assertThrows(InvalidInputException.class, () -> ComplaintId.of(" "));
    assertThrows(InvalidInputException.class, () -> DealId.of(""));
    assertEquals("D-1", DealId.of("D-1").toString());
  }
}

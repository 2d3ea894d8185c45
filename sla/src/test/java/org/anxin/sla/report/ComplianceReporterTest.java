package org.anxin.sla.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.anxin.sla.calendar.Calendars;
import org.anxin.sla.complaint.Channel;
import org.anxin.sla.complaint.ComplaintId;
import org.anxin.sla.complaint.ComplaintInputException;
import org.anxin.sla.complaint.ComplaintSummary;
import org.anxin.sla.complaint.Pause;
import org.anxin.sla.policy.Milestone;
import org.anxin.sla.policy.SlaPolicy;
import org.junit.jupiter.api.Test;

class ComplianceReporterTest {

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private static Optional<Instant> maybe(String text) {
    return text == null ? Optional.empty() : Optional.of(at(text));
  }

  private static ComplaintSummary complaint(
      String id,
      Channel channel,
      String team,
      String received,
      String response,
      String solution,
      String resolved,
      List<Instant> reopenings,
      List<Pause> pauses,
      long pausedMinutes) {
    return new ComplaintSummary(
        ComplaintId.of(id),
        channel,
        team,
        "fees",
        Optional.empty(),
        at(received),
        at(received),
        maybe(response),
        maybe(solution),
        maybe(resolved),
        reopenings,
        pauses,
        Duration.ofMinutes(pausedMinutes));
  }

  private static ComplaintSummary simple(
      String id, String received, String response, String solution, String resolved) {
    return complaint(
        id, Channel.PHONE, "A", received, response, solution, resolved, List.of(), List.of(), 0);
  }

  @Test
  void openComplaintsWithinTheirDeadlineAreLeftOutOfNAndPastItAreBreaches() {
    List<ComplaintSummary> complaints =
        List.of(
            simple(
                "met",
                "2025-03-01T09:00+08:00",
                "2025-03-01T09:20+08:00",
                "2025-03-01T12:00+08:00",
                "2025-03-01T20:00+08:00"),
            simple(
                "late",
                "2025-03-01T09:00+08:00",
                "2025-03-01T09:31+08:00",
                "2025-03-01T22:00+08:00",
                "2025-03-02T09:01+08:00"),
            simple("open-past", "2025-03-01T10:00+08:00", null, null, null),
            simple("open-within", "2025-03-02T10:00+08:00", "2025-03-02T10:05+08:00", null, null));
    ComplianceReport report =
        ComplianceReporter.report(
            SlaPolicy.preset30124(), complaints, at("2025-03-02T11:00+08:00"));
    GroupReport all = report.overall();
    assertEquals(4, all.complaints());
    assertEquals(2, all.open());
    TargetReport response = all.target(Milestone.FIRST_RESPONSE);
    // met, open-within: met; late: late; open-past: open breach.
    assertEquals(4, response.counted());
    assertEquals(2, response.met());
    assertEquals(2, response.breaches());
    assertEquals(1, response.openBreaches());
    assertEquals(3, response.closed());
    TargetReport resolution = all.target(Milestone.RESOLUTION);
    // met (11h), late (24h01), open-past (25h, breach); open-within (1h) is left out.
    assertEquals(3, resolution.counted());
    assertEquals(1, resolution.met());
    assertEquals(2, resolution.breaches());
    assertEquals(1, resolution.openWithinDeadline());
    assertEquals(Optional.of(new BigDecimal("0.3333")), resolution.metRatio());
    assertEquals(Optional.of(Duration.ofHours(11)), resolution.p50());
    assertEquals(Optional.of(Duration.ofMinutes(24 * 60 + 1)), resolution.p90());
    ObjectiveReport objective = all.objective();
    assertEquals(0, objective.allowedBreaches());
    assertEquals(-2, objective.errorBudgetLeft());
    assertEquals(ObjectiveStatus.MISSED, objective.status());
    assertEquals("24x7", resolution.calendarId());
  }

  @Test
  void aReopenedComplaintRunsFromFirstReceiptToFinalResolution() {
    ComplaintSummary reopened =
        complaint(
            "r",
            Channel.ONLINE,
            "B",
            "2025-03-01T09:00+08:00",
            "2025-03-01T09:10+08:00",
            "2025-03-01T10:00+08:00",
            "2025-03-02T10:00+08:00",
            List.of(at("2025-03-01T18:00+08:00")),
            List.of(),
            0);
    ComplianceReport report =
        ComplianceReporter.report(
            SlaPolicy.preset30124(), List.of(reopened), at("2025-03-03T00:00+08:00"));
    TargetReport resolution = report.overall().target(Milestone.RESOLUTION);
    assertEquals(Optional.of(Duration.ofHours(25)), resolution.p50());
    assertEquals(1, resolution.breaches());
    assertEquals(1, report.overall().reopened());
    // As of before the reopening, nothing has been reopened yet.
    assertEquals(
        0,
        ComplianceReporter.report(
                SlaPolicy.preset30124(), List.of(reopened), at("2025-03-01T12:00+08:00"))
            .overall()
            .reopened());
  }

  @Test
  void pausedTimeIsBusinessTimeOfTheTargetCalendar() {
    // Received Friday 17:00, paused over the weekend until Monday 09:30, resolved Monday 11:00.
    ComplaintSummary c =
        complaint(
            "p",
            Channel.WALK_IN,
            "C",
            "2025-02-14T17:00+08:00",
            "2025-02-14T17:20+08:00",
            "2025-02-14T17:50+08:00",
            "2025-02-17T11:00+08:00",
            List.of(),
            List.of(Pause.closed(at("2025-02-14T18:00+08:00"), at("2025-02-17T09:30+08:00"))),
            0);
    TargetReport onWorkdays =
        ComplianceReporter.report(
                SlaPolicy.preset30124(Calendars.cnWorkday()),
                List.of(c),
                at("2025-02-18T00:00+08:00"))
            .overall()
            .target(Milestone.RESOLUTION);
    // 1h Friday + 1h30 Monday; the pause took 30 business minutes (Monday 09:00–09:30).
    assertEquals(Optional.of(Duration.ofMinutes(150)), onWorkdays.p50());
    TargetReport always =
        ComplianceReporter.report(SlaPolicy.preset30124(), List.of(c), at("2025-02-18T00:00+08:00"))
            .overall()
            .target(Milestone.RESOLUTION);
    assertEquals(Optional.of(Duration.ofMinutes(150)), always.p50());
  }

  @Test
  void reportedPausedMinutesCountForTheResolutionTargetOnly() {
    ComplaintSummary c =
        complaint(
            "m",
            Channel.PHONE,
            "A",
            "2025-03-01T09:00+08:00",
            "2025-03-01T09:40+08:00",
            "2025-03-01T22:00+08:00",
            "2025-03-02T11:00+08:00",
            List.of(),
            List.of(),
            180);
    GroupReport all =
        ComplianceReporter.report(SlaPolicy.preset30124(), List.of(c), at("2025-03-03T00:00+08:00"))
            .overall();
    assertEquals(Optional.of(Duration.ofHours(23)), all.target(Milestone.RESOLUTION).p50());
    assertEquals(1, all.target(Milestone.RESOLUTION).met());
    assertEquals(Optional.of(Duration.ofHours(13)), all.target(Milestone.SOLUTION).p50());
    assertEquals(1, all.target(Milestone.SOLUTION).breaches());
    assertEquals(1, all.target(Milestone.FIRST_RESPONSE).breaches());
    ComplaintSummary tooLong =
        complaint(
            "x",
            Channel.PHONE,
            "A",
            "2025-03-01T09:00+08:00",
            null,
            null,
            "2025-03-01T10:00+08:00",
            List.of(),
            List.of(),
            61);
    ComplaintInputException e =
        assertThrows(
            ComplaintInputException.class,
            () ->
                ComplianceReporter.report(
                    SlaPolicy.preset30124(), List.of(tooLong), at("2025-03-03T00:00+08:00")));
    assertEquals("paused_minutes", e.column());
  }

  @Test
  void groupsByMonthChannelAndTeamAndLeavesOutComplaintsNotYetReceived() {
    List<ComplaintSummary> complaints =
        List.of(
            complaint(
                "1",
                Channel.WALK_IN,
                "B",
                "2025-01-31T23:30+08:00",
                "2025-01-31T23:40+08:00",
                "2025-02-01T01:00+08:00",
                "2025-02-01T02:00+08:00",
                List.of(),
                List.of(),
                0),
            complaint(
                "2",
                Channel.PHONE,
                "A",
                "2025-02-01T00:10+08:00",
                "2025-02-01T00:20+08:00",
                "2025-02-01T01:00+08:00",
                "2025-02-01T02:00+08:00",
                List.of(),
                List.of(),
                0),
            complaint(
                "3",
                Channel.PHONE,
                "B",
                "2025-03-05T10:00+08:00",
                null,
                null,
                null,
                List.of(),
                List.of(),
                0));
    ComplianceReport report =
        ComplianceReporter.report(
            SlaPolicy.preset30124(), complaints, at("2025-02-10T00:00+08:00"));
    assertEquals(2, report.overall().complaints());
    assertEquals(
        List.of("2025-01", "2025-02"), report.byMonth().stream().map(GroupReport::key).toList());
    assertEquals(
        List.of("phone", "walk-in"), report.byChannel().stream().map(GroupReport::key).toList());
    assertEquals(List.of("A", "B"), report.byTeam().stream().map(GroupReport::key).toList());
    assertEquals(Dimension.MONTH, report.byMonth().get(0).dimension());
    assertEquals(7, report.groups().size());
    assertEquals("Asia/Shanghai", report.zone().getId());
    assertEquals(
        Optional.of(at("2025-03-05T10:00+08:00")), ComplianceReporter.latestInstant(complaints));
    assertEquals(Optional.empty(), ComplianceReporter.latestInstant(List.of()));
    GroupReport empty =
        ComplianceReporter.report(SlaPolicy.preset30124(), List.of(), at("2025-02-10T00:00+08:00"))
            .overall();
    assertEquals(ObjectiveStatus.NO_DATA, empty.objective().status());
    assertEquals(Optional.empty(), empty.target(Milestone.RESOLUTION).metRatio());
    assertTrue(empty.target(Milestone.RESOLUTION).p50().isEmpty());
  }

  @Test
  void anOpenComplaintOnWorkdaysIsJudgedInBusinessTime() {
    ComplaintSummary friday = simple("f", "2025-02-07T17:00+08:00", null, null, null);
    SlaPolicy cn = SlaPolicy.preset30124(Calendars.cnWorkday());
    // By Monday 10:00, 11 business hours have passed (1h Friday, 9h on make-up Saturday, 1h).
    TargetOutcome outcome =
        ComplianceReporter.outcome(
            cn.target(Milestone.SOLUTION), friday, at("2025-02-10T10:00+08:00"));
    assertEquals(TargetOutcome.Kind.OPEN_WITHIN_DEADLINE, outcome.kind());
    assertEquals(Duration.ofHours(11), outcome.elapsed());
    assertEquals(at("2025-02-10T11:00+08:00"), outcome.deadline());
    TargetOutcome later =
        ComplianceReporter.outcome(
            cn.target(Milestone.SOLUTION), friday, at("2025-02-10T11:01+08:00"));
    assertEquals(TargetOutcome.Kind.OPEN_BREACHED, later.kind());
    assertTrue(later.counted() && later.breach() && !later.closed());
  }
}

package org.anxin.sla.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

/**
 * A complaint or work order with its full, dated history. The history is validated as a whole: it
 * starts with {@link Received}, runs in time order, resolves only what is open, reopens only what
 * is resolved, resumes only what is paused (a resolution also ends a pause).
 *
 * @param deal the deal the complaint is about, if any
 */
public record Complaint(
    ComplaintId id,
    Channel channel,
    String team,
    String category,
    Optional<DealId> deal,
    List<ComplaintEvent> events) {

  public Complaint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(deal, "deal");
    events = List.copyOf(events);
    // Folding validates; the summary also checks team and category.
    fold(id, channel, team, category, deal, events);
  }

  /** The milestones of this history, for a compliance report. */
  public ComplaintSummary summary() {
    return fold(id, channel, team, category, deal, events);
  }

  /** The highest escalation level reached, 0 if never escalated. */
  public int escalationLevel() {
    return events.stream()
        .filter(e -> e instanceof Escalated)
        .mapToInt(e -> ((Escalated) e).level())
        .max()
        .orElse(0);
  }

  private static ComplaintSummary fold(
      ComplaintId id,
      Channel channel,
      String team,
      String category,
      Optional<DealId> deal,
      List<ComplaintEvent> events) {
    if (events.isEmpty() || !(events.get(0) instanceof Received)) {
      throw new InvalidInputException(
          "complaint " + id + " events", events, "must start with the complaint being received");
    }
    Instant received = events.get(0).at();
    Instant registered = null;
    Instant response = null;
    Instant solution = null;
    Instant resolved = null;
    Instant pausedSince = null;
    List<Instant> reopenings = new ArrayList<>();
    List<Pause> pauses = new ArrayList<>();
    Instant previous = received;
    for (int i = 1; i < events.size(); i++) {
      ComplaintEvent event = events.get(i);
      String field = "complaint " + id + " events[" + i + "]";
      if (event.at().isBefore(previous)) {
        throw new InvalidInputException(field, event, "events must be in time order");
      }
      previous = event.at();
      if (event instanceof Received) {
        throw new InvalidInputException(field, event, "a complaint is received once");
      } else if (event instanceof Registered) {
        check(registered == null, field, event, "a complaint is registered once");
        registered = event.at();
      } else if (event instanceof Responded) {
        check(resolved == null, field, event, "the complaint is resolved");
        response = response == null ? event.at() : response;
      } else if (event instanceof SolutionProposed) {
        check(resolved == null, field, event, "the complaint is resolved");
        solution = solution == null ? event.at() : solution;
      } else if (event instanceof Resolved) {
        check(resolved == null, field, event, "the complaint is already resolved");
        if (pausedSince != null) {
          pauses.add(Pause.closed(pausedSince, event.at()));
          pausedSince = null;
        }
        resolved = event.at();
      } else if (event instanceof Reopened) {
        check(resolved != null, field, event, "only a resolved complaint can be reopened");
        reopenings.add(event.at());
        resolved = null;
      } else if (event instanceof Escalated escalated) {
        check(resolved == null, field, event, "the complaint is resolved");
        check(escalated.level() >= 1, field, event, "escalation levels start at 1");
      } else if (event instanceof Paused) {
        check(resolved == null, field, event, "the complaint is resolved");
        check(pausedSince == null, field, event, "the complaint is already paused");
        pausedSince = event.at();
      } else if (event instanceof Resumed) {
        check(pausedSince != null, field, event, "the complaint is not paused");
        pauses.add(Pause.closed(pausedSince, event.at()));
        pausedSince = null;
      }
    }
    if (pausedSince != null) {
      pauses.add(Pause.open(pausedSince));
    }
    return new ComplaintSummary(
        id,
        channel,
        team,
        category,
        deal,
        received,
        registered == null ? received : registered,
        Optional.ofNullable(response),
        Optional.ofNullable(solution),
        Optional.ofNullable(resolved),
        reopenings,
        pauses,
        Duration.ZERO);
  }

  private static void check(boolean condition, String field, Object value, String problem) {
    if (!condition) {
      throw new InvalidInputException(field, value, problem);
    }
  }
}

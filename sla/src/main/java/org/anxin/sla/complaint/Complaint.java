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
    Fold fold = new Fold(id, events.get(0).at());
    for (int i = 1; i < events.size(); i++) {
      fold.step(i, events.get(i));
    }
    return fold.summary(channel, team, category, deal);
  }

  /**
   * The milestones so far, and what each type of event does to them. A visitor, so that a new event
   * type does not compile until its rule is written here.
   */
  private static final class Fold implements ComplaintEvent.Visitor<Void> {
    private final ComplaintId id;
    private final Instant received;
    private Instant registered;
    private Instant response;
    private Instant solution;
    private Instant resolved;
    private Instant pausedSince;
    private final List<Instant> reopenings = new ArrayList<>();
    private final List<Pause> pauses = new ArrayList<>();
    private Instant previous;

    /** The current event's place in the history, for messages. */
    private String field;

    Fold(ComplaintId id, Instant received) {
      this.id = id;
      this.received = received;
      this.previous = received;
    }

    /** Applies the event at {@code index} (after the first, which is the receipt). */
    void step(int index, ComplaintEvent event) {
      field = "complaint " + id + " events[" + index + "]";
      if (event.at().isBefore(previous)) {
        throw new InvalidInputException(field, event, "events must be in time order");
      }
      previous = event.at();
      event.accept(this);
    }

    ComplaintSummary summary(Channel channel, String team, String category, Optional<DealId> deal) {
      if (pausedSince != null) {
        pauses.add(Pause.open(pausedSince));
        pausedSince = null;
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

    @Override
    public Void visit(Received e) {
      throw new InvalidInputException(field, e, "a complaint is received once");
    }

    @Override
    public Void visit(Registered e) {
      check(registered == null, field, e, "a complaint is registered once");
      registered = e.at();
      return null;
    }

    @Override
    public Void visit(Responded e) {
      check(resolved == null, field, e, "the complaint is resolved");
      response = response == null ? e.at() : response;
      return null;
    }

    @Override
    public Void visit(SolutionProposed e) {
      check(resolved == null, field, e, "the complaint is resolved");
      solution = solution == null ? e.at() : solution;
      return null;
    }

    @Override
    public Void visit(Resolved e) {
      check(resolved == null, field, e, "the complaint is already resolved");
      if (pausedSince != null) {
        pauses.add(Pause.closed(pausedSince, e.at()));
        pausedSince = null;
      }
      resolved = e.at();
      return null;
    }

    @Override
    public Void visit(Reopened e) {
      check(resolved != null, field, e, "only a resolved complaint can be reopened");
      reopenings.add(e.at());
      resolved = null;
      return null;
    }

    @Override
    public Void visit(Escalated e) {
      check(resolved == null, field, e, "the complaint is resolved");
      check(e.level() >= 1, field, e, "escalation levels start at 1");
      return null;
    }

    @Override
    public Void visit(Paused e) {
      check(resolved == null, field, e, "the complaint is resolved");
      check(pausedSince == null, field, e, "the complaint is already paused");
      pausedSince = e.at();
      return null;
    }

    @Override
    public Void visit(Resumed e) {
      check(pausedSince != null, field, e, "the complaint is not paused");
      pauses.add(Pause.closed(pausedSince, e.at()));
      pausedSince = null;
      return null;
    }
  }

  private static void check(boolean condition, String field, Object value, String problem) {
    if (!condition) {
      throw new InvalidInputException(field, value, problem);
    }
  }
}

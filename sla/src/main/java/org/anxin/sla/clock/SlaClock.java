package org.anxin.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.InvalidInputException;
import org.anxin.sla.calendar.BusinessCalendar;

/**
 * An SLA clock: a budget of business time on a calendar, counted from its start, not counted while
 * paused, and closed by a stop. Immutable; {@link #pause}, {@link #resume} and {@link #stop} return
 * a new clock and must come in time order.
 *
 * <p>The deadline is the earliest instant at which the elapsed business time reaches the budget; a
 * pause before it moves it later by the business time paused, a pause after it changes nothing. The
 * clock is met when stopped on or before its deadline and breached as soon as the deadline has
 * passed without a stop. Reading the clock at an instant considers only the events up to that
 * instant, so a history can be replayed.
 */
public final class SlaClock {

  private final BusinessCalendar calendar;
  private final String calendarVersion;
  private final Duration budget;
  private final ClockPolicy policy;
  private final Instant start;
  private final List<Instant> pauses;
  private final List<Instant> resumes;
  private final Instant stop;

  private SlaClock(
      BusinessCalendar calendar,
      Duration budget,
      ClockPolicy policy,
      Instant start,
      List<Instant> pauses,
      List<Instant> resumes,
      Instant stop) {
    this.calendar = calendar;
    this.calendarVersion = calendar.version();
    this.budget = budget;
    this.policy = policy;
    this.start = start;
    this.pauses = pauses;
    this.resumes = resumes;
    this.stop = stop;
  }

  /** Starts a clock with the default warnings and escalations. */
  public static SlaClock start(BusinessCalendar calendar, Duration budget, Instant startedAt) {
    return start(calendar, budget, ClockPolicy.DEFAULT, startedAt);
  }

  /**
   * Starts a clock at {@code startedAt}, which may be earlier than when the clock is recorded: a
   * walk-in registered late starts when the customer arrived.
   */
  public static SlaClock start(
      BusinessCalendar calendar, Duration budget, ClockPolicy policy, Instant startedAt) {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(startedAt, "startedAt");
    if (budget.isNegative()) {
      throw new InvalidInputException("budget", budget, "must not be negative");
    }
    // Validates the start against a bounded calendar now rather than at the first read.
    calendar.between(startedAt, startedAt);
    return new SlaClock(calendar, budget, policy, startedAt, List.of(), List.of(), null);
  }

  /** Pauses the running clock at {@code at} (e.g. waiting for the customer's documents). */
  public SlaClock pause(Instant at) {
    requireOpen("pause", at);
    if (isPausedAtEnd()) {
      throw new InvalidInputException("pause", at, "the clock is already paused");
    }
    calendar.between(start, at);
    return new SlaClock(calendar, budget, policy, start, append(pauses, at), resumes, null);
  }

  /** Resumes the paused clock at {@code at}. */
  public SlaClock resume(Instant at) {
    requireOpen("resume", at);
    if (!isPausedAtEnd()) {
      throw new InvalidInputException("resume", at, "the clock is not paused");
    }
    calendar.between(start, at);
    return new SlaClock(calendar, budget, policy, start, pauses, append(resumes, at), null);
  }

  /** Stops the clock at {@code at}; a pause still open ends there. */
  public SlaClock stop(Instant at) {
    requireOpen("stop", at);
    calendar.between(start, at);
    return new SlaClock(calendar, budget, policy, start, pauses, resumes, at);
  }

  public Instant startedAt() {
    return start;
  }

  public Duration budget() {
    return budget;
  }

  public ClockPolicy policy() {
    return policy;
  }

  public Optional<Instant> stoppedAt() {
    return Optional.ofNullable(stop);
  }

  /** The calendar the clock runs on. */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** The version of the calendar recorded when the clock started. */
  public String calendarVersion() {
    return calendarVersion;
  }

  /** Business time counted from the start to {@code t} (to the stop, if that came first). */
  public Duration elapsedAt(Instant t) {
    return view(t).elapsed();
  }

  /** The deadline as known at {@code t} (see {@link ClockStatus#deadline()}). */
  public Instant deadlineAt(Instant t) {
    return view(t).deadline();
  }

  /** Reads the clock at {@code t}, which must not be before the start. */
  public ClockStatus statusAt(Instant t) {
    View view = view(t);
    Duration elapsed = view.elapsed();
    ClockState state;
    if (view.stopped()) {
      state =
          view.reached() == null || !stop.isAfter(view.reached())
              ? ClockState.MET
              : ClockState.BREACHED;
    } else if (view.reached() != null && t.isAfter(view.reached())) {
      state = ClockState.BREACHED;
    } else {
      state = view.paused() ? ClockState.PAUSED : ClockState.RUNNING;
    }
    List<Integer> warnings = new ArrayList<>();
    for (int percent : policy.warningPercents()) {
      if (elapsed.compareTo(share(percent)) >= 0) {
        warnings.add(percent);
      }
    }
    EscalationLevel escalation = null;
    for (EscalationLevel level : policy.escalations()) {
      if (elapsed.compareTo(share(level.percent())) >= 0) {
        escalation = level;
      }
    }
    return new ClockStatus(
        t,
        state,
        elapsed,
        budget.minus(elapsed),
        view.deadline(),
        warnings,
        Optional.ofNullable(escalation),
        calendarVersion);
  }

  private Duration share(int percent) {
    return budget.multipliedBy(percent).dividedBy(100);
  }

  /**
   * The clock as of {@code t}: events after {@code t} are ignored. Running time is the list of
   * segments [start, pause1), [resume1, pause2), …, the last one open unless the clock is paused.
   */
  private View view(Instant t) {
    if (t.isBefore(start)) {
      throw new InvalidInputException("at", t, "is before the clock's start " + start);
    }
    boolean stopped = stop != null && !stop.isAfter(t);
    Instant countUntil = stopped ? stop : t;
    Duration elapsed = Duration.ZERO;
    Duration need = budget;
    Instant reached = budget.isZero() ? start : null;
    Instant segmentStart = start;
    boolean paused = false;
    for (int i = 0; i < pauses.size() && !pauses.get(i).isAfter(t); i++) {
      Instant segmentEnd = pauses.get(i);
      elapsed = elapsed.plus(businessTime(segmentStart, min(segmentEnd, countUntil)));
      if (reached == null) {
        Duration business = calendar.between(segmentStart, segmentEnd);
        if (business.compareTo(need) >= 0) {
          reached = calendar.add(segmentStart, need);
        } else {
          need = need.minus(business);
        }
      }
      if (i >= resumes.size() || resumes.get(i).isAfter(t)) {
        paused = true;
        break;
      }
      segmentStart = resumes.get(i);
    }
    Instant deadline;
    if (paused) {
      // While paused the deadline is not fixed: show it as if the clock resumed now.
      deadline = reached != null ? reached : calendar.add(countUntil, need);
    } else {
      elapsed = elapsed.plus(businessTime(segmentStart, countUntil));
      if (reached == null) {
        reached = calendar.add(segmentStart, need);
      }
      deadline = reached;
    }
    return new View(elapsed, reached, deadline, paused, stopped);
  }

  private Duration businessTime(Instant from, Instant to) {
    return to.isAfter(from) ? calendar.between(from, to) : Duration.ZERO;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * @param reached when the elapsed time reaches the budget, if it does within the known running
   *     time (null while paused short of it)
   */
  private record View(
      Duration elapsed, Instant reached, Instant deadline, boolean paused, boolean stopped) {}

  private boolean isPausedAtEnd() {
    return pauses.size() > resumes.size();
  }

  private void requireOpen(String event, Instant at) {
    Objects.requireNonNull(at, event);
    if (stop != null) {
      throw new InvalidInputException(event, at, "the clock was stopped at " + stop);
    }
    Instant last = start;
    if (!pauses.isEmpty()) {
      last = pauses.get(pauses.size() - 1);
    }
    if (!resumes.isEmpty() && resumes.get(resumes.size() - 1).isAfter(last)) {
      last = resumes.get(resumes.size() - 1);
    }
    if (at.isBefore(last)) {
      throw new InvalidInputException(
          event, at, "must not be before the clock's last event " + last);
    }
  }

  private static List<Instant> append(List<Instant> list, Instant at) {
    List<Instant> copy = new ArrayList<>(list);
    copy.add(at);
    return Collections.unmodifiableList(copy);
  }

  @Override
  public String toString() {
    return "SlaClock[" + budget + " on " + calendar.id() + " from " + start + "]";
  }
}

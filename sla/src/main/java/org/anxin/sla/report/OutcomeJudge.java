package org.anxin.sla.report;

import java.util.List;
import java.util.Objects;
import org.anxin.domain.InvalidInputException;
import org.anxin.sla.calendar.BusinessCalendar;
import org.anxin.sla.calendar.ContinuousCalendar;
import org.anxin.sla.clock.ClockPolicy;
import org.anxin.sla.clock.EscalationLevel;
import org.anxin.sla.complaint.ComplaintSummary;
import org.anxin.sla.policy.SlaTarget;

/**
 * {@link ComplianceReporter#outcome} for one target on whole epoch seconds, without allocating: for
 * judging millions of simulated complaints, where building a {@link ComplaintSummary}, an {@link
 * org.anxin.sla.clock.SlaClock} and their instants per complaint would dominate the run.
 *
 * <p>A complaint is given as its first receipt, the instant it reached the target's milestone (or
 * {@link #NOT_REACHED}) and its pauses as pairs {@code [from0, until0, from1, until1, …]}, the last
 * {@code until} possibly {@link #OPEN}. The answers are those of the object API for the same
 * complaint as a {@code ComplaintSummary} with no {@code reportedPause}: the clock runs from the
 * receipt on the target's calendar, a pause from the milestone on is ignored, a pause still open at
 * the milestone ends there, and the clock is read as of the given instant, events after it unseen.
 * Property tests hold the two to each other.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class OutcomeJudge {

  /** {@code reached} of a complaint that has not reached the milestone. */
  public static final long NOT_REACHED = Long.MIN_VALUE;

  /** The end of a pause that has not ended. */
  public static final long OPEN = Long.MAX_VALUE;

  private static final int KIND = 0;
  private static final int ELAPSED = 1;
  private static final int DEADLINE = 2;
  // The kind as read returns it.
  private static final long MET = 0;
  private static final long LATE = 1;
  private static final long OPEN_BREACHED = 2;
  private static final long OPEN_WITHIN_DEADLINE = 3;

  private final SlaTarget target;
  private final BusinessCalendar calendar;
  // 24x7 cannot refuse an instant in range, so the events need no check against its data.
  private final boolean bounded;
  private final long budget;
  // Escalation i is reached when elapsed >= escalationSeconds[i], the whole-second ceiling of
  // budget × percent / 100 (see escalationLevel).
  private final long[] escalationSeconds;
  private final int[] escalationLevels;

  private OutcomeJudge(SlaTarget target) {
    this.target = target;
    this.calendar = target.calendar();
    this.bounded = !(calendar instanceof ContinuousCalendar);
    if (target.budget().toNanosPart() != 0) {
      throw new InvalidInputException(
          target.milestone().label() + " budget",
          target.budget(),
          "must be whole seconds to be judged on whole seconds");
    }
    this.budget = target.budget().toSeconds();
    ClockPolicy policy = target.clockPolicy();
    for (int percent : policy.warningPercents()) {
      requireShare(target, percent);
    }
    List<EscalationLevel> escalations = policy.escalations();
    this.escalationSeconds = new long[escalations.size()];
    this.escalationLevels = new int[escalations.size()];
    for (int i = 0; i < escalations.size(); i++) {
      EscalationLevel level = escalations.get(i);
      escalationSeconds[i] = requireShare(target, level.percent());
      escalationLevels[i] = level.level();
    }
  }

  /** The judge of {@code target}, whose budget must be whole seconds. */
  public static OutcomeJudge of(SlaTarget target) {
    return new OutcomeJudge(Objects.requireNonNull(target, "target"));
  }

  /** The target judged. */
  public SlaTarget target() {
    return target;
  }

  /**
   * How the complaint fares at {@code asOf}: {@code ComplianceReporter.outcome(target, summary,
   * asOf).kind()}.
   *
   * @param received the first receipt
   * @param reached when the target's milestone was reached, or {@link #NOT_REACHED}
   * @param pauses {@code pauseCount} pairs {@code from, until} in order; only the last {@code
   *     until} may be {@link #OPEN}
   * @param asOf not before {@code received}
   */
  public TargetOutcome.Kind kind(
      long received, long reached, long[] pauses, int pauseCount, long asOf) {
    long kind = read(received, reached, pauses, pauseCount, asOf, KIND);
    if (kind == MET) {
      return TargetOutcome.Kind.MET;
    } else if (kind == LATE) {
      return TargetOutcome.Kind.LATE;
    } else if (kind == OPEN_BREACHED) {
      return TargetOutcome.Kind.OPEN_BREACHED;
    }
    return TargetOutcome.Kind.OPEN_WITHIN_DEADLINE;
  }

  /**
   * Business seconds counted from the receipt to the milestone, or to {@code at} while it is not
   * reached by then, pauses before the milestone excluded: {@code outcome(…).elapsed()} in seconds.
   * Arguments as for {@link #kind}.
   */
  public long elapsedSeconds(long received, long reached, long[] pauses, int pauseCount, long at) {
    return read(received, reached, pauses, pauseCount, at, ELAPSED);
  }

  /**
   * The deadline as known at {@code at}, pauses included: {@code outcome(…).deadline()} as an epoch
   * second. Arguments as for {@link #kind}.
   */
  public long deadline(long received, long reached, long[] pauses, int pauseCount, long at) {
    return read(received, reached, pauses, pauseCount, at, DEADLINE);
  }

  /**
   * The highest escalation level of the target's clock policy reached after {@code elapsedSeconds}
   * of business time, 0 for none: the level of {@link
   * org.anxin.sla.clock.ClockStatus#escalationLevel()} at that elapsed time.
   */
  public int escalationLevel(long elapsedSeconds) {
    for (int i = escalationSeconds.length - 1; i >= 0; i--) {
      if (elapsedSeconds >= escalationSeconds[i]) {
        return escalationLevels[i];
      }
    }
    return 0;
  }

  /**
   * SlaClock's view of the clock that ComplianceReporter builds, read at {@code at}, in long
   * arithmetic: running segments [received, from0), [until0, from1), …, pauses from the milestone
   * on left out and a pause not ended before the milestone left open.
   */
  private long read(long received, long reached, long[] pauses, int pauseCount, long at, int want) {
    boolean hasMilestone = reached != NOT_REACHED;
    // The pauses the clock gets, and whether the last of them never resumes.
    int fed = 0;
    boolean openAtEnd = false;
    if (pauseCount < 0 || pauseCount > pauses.length / 2) {
      throw new InvalidInputException("pauseCount", pauseCount, "must fit the pauses array");
    }
    long previous = received;
    for (int i = 0; i < pauseCount; i++) {
      long from = pauses[2 * i];
      long until = pauses[2 * i + 1];
      if (from < previous
          || from == OPEN
          || until < from
          || (until == OPEN && i < pauseCount - 1)) {
        throw new InvalidInputException(
            "pauses", from, "must be in order, after the receipt; only the last may be open");
      }
      previous = until;
      if (openAtEnd || (hasMilestone && from >= reached)) {
        continue; // ignored by the clock, checked for order all the same
      }
      fed++;
      if (until == OPEN || (hasMilestone && until >= reached)) {
        openAtEnd = true;
      }
    }
    if (hasMilestone && reached < received) {
      throw new InvalidInputException("reached", reached, "must not be before the receipt");
    }
    if (bounded) {
      requireCovered(received, reached, hasMilestone, pauses, fed, openAtEnd);
    }
    if (at < received) {
      throw new InvalidInputException("at", at, "is before the clock's start " + received);
    }

    boolean stopped = hasMilestone && reached <= at;
    long countUntil = stopped ? reached : at;
    long elapsed = 0;
    long need = budget;
    boolean budgetReached = budget == 0;
    long budgetReachedAt = received;
    long segmentStart = received;
    boolean paused = false;
    for (int i = 0; i < fed && pauses[2 * i] <= at; i++) {
      long segmentEnd = pauses[2 * i];
      // A fed pause starts before the milestone and not after at, so before countUntil: the
      // segment counts whole, and SlaClock's min(segmentEnd, countUntil) is segmentEnd.
      long business = calendar.betweenSeconds(segmentStart, segmentEnd);
      elapsed += business;
      if (!budgetReached) {
        if (business >= need) {
          budgetReached = true;
          budgetReachedAt = calendar.addSeconds(segmentStart, need);
        } else {
          need -= business;
        }
      }
      long resume = pauses[2 * i + 1];
      if ((openAtEnd && i == fed - 1) || resume > at) {
        paused = true;
        break;
      }
      segmentStart = resume;
    }
    long deadline;
    if (paused) {
      // While paused the deadline is not fixed: as if the clock resumed now.
      deadline = budgetReached ? budgetReachedAt : calendar.addSeconds(countUntil, need);
    } else {
      if (countUntil > segmentStart) {
        elapsed += calendar.betweenSeconds(segmentStart, countUntil);
      }
      if (!budgetReached) {
        budgetReached = true;
        budgetReachedAt = calendar.addSeconds(segmentStart, need);
      }
      deadline = budgetReachedAt;
    }
    return switch (want) {
      case ELAPSED -> elapsed;
      case DEADLINE -> deadline;
      default -> kindOf(stopped, reached, budgetReached, budgetReachedAt, at);
    };
  }

  /**
   * Refuses, as the clock does when it records them, events outside the calendar's data. The data
   * is one range of dates and the events are in order, so checking the receipt and the latest event
   * the clock records checks them all; only when that fails are they checked one by one, in the
   * clock's order, to fail as it fails.
   */
  private void requireCovered(
      long received,
      long reached,
      boolean hasMilestone,
      long[] pauses,
      int fed,
      boolean openAtEnd) {
    long latest = received;
    if (hasMilestone) {
      latest = reached;
    } else if (fed > 0) {
      latest = openAtEnd ? pauses[2 * fed - 2] : pauses[2 * fed - 1];
    }
    try {
      calendar.betweenSeconds(received, latest);
    } catch (InvalidInputException e) {
      calendar.betweenSeconds(received, received);
      for (int i = 0; i < fed; i++) {
        calendar.betweenSeconds(received, pauses[2 * i]);
        if (i < fed - 1 || !openAtEnd) {
          calendar.betweenSeconds(received, pauses[2 * i + 1]);
        }
      }
      if (hasMilestone) {
        calendar.betweenSeconds(received, reached);
      }
      throw e;
    }
  }

  /** SlaClock's state as ComplianceReporter turns it into a kind. */
  private static long kindOf(
      boolean stopped, long reached, boolean budgetReached, long budgetReachedAt, long at) {
    if (stopped) {
      return !budgetReached || reached <= budgetReachedAt ? MET : LATE;
    }
    return budgetReached && at > budgetReachedAt ? OPEN_BREACHED : OPEN_WITHIN_DEADLINE;
  }

  /**
   * The least whole number of seconds at or above budget × percent / 100. SlaClock compares the
   * elapsed time with {@code budget.multipliedBy(percent).dividedBy(100)}, which is exact here
   * (whole seconds times a percentage, over 100, is a whole number of 10 ms), so for whole-second
   * elapsed times {@code elapsed >= share} is {@code elapsed >= ceil(share)}. A product beyond a
   * Duration makes SlaClock fail on every read, so such a budget is refused here.
   */
  private static long requireShare(SlaTarget target, int percent) {
    long budget = target.budget().toSeconds();
    try {
      long product = Math.multiplyExact(budget, (long) percent);
      return Math.floorDiv(product, 100) + (Math.floorMod(product, 100) == 0 ? 0 : 1);
    } catch (ArithmeticException e) {
      throw new InvalidInputException(
          target.milestone().label() + " budget",
          target.budget(),
          "is too long to take " + percent + " % of");
    }
  }
}

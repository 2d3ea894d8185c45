package org.anxin.staffing.queue;

import java.util.Arrays;
import java.util.BitSet;
import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.random.StreamKind;
import org.anxin.sla.report.OutcomeJudge;
import org.anxin.sla.report.TargetOutcome;
import org.anxin.staffing.arrivals.Arrivals;
import org.anxin.staffing.model.CategoryModel;
import org.anxin.staffing.model.StaffingModel;

/**
 * The discrete-event simulation of one trial-year at one headcount. Complaints arrive, wait in
 * their stage's skill queue, are worked by an agent on shift and move on: response, the wait for
 * the customer (clocks paused), solution, the wait for a third party (paused), closure, and perhaps
 * a reopening and its rework. Each skill's queue serves the earliest deadline of the complaint's
 * earliest unmet target first ({@code edf}), or the earliest ready ({@code fcfs}); an agent
 * finishes the task it has started (no pre-emption, also past the end of its shift). The response
 * milestone is the moment an agent takes the complaint up; the solution and the resolution are the
 * ends of their work.
 *
 * <p>Every time is whole seconds since the year's first midnight. Events at one instant are taken
 * in a fixed order (tasks ending, shifts ending, shifts starting, complaints becoming ready), and
 * agents are chosen lowest id first, so a run is a pure function of its inputs. When all events of
 * an instant are done, free agents take the most urgent ready tasks of their skill.
 *
 * <p>After the run, every complaint is judged by the {@code sla} module's rules ({@link
 * OutcomeJudge}, the allocation-free form of the compliance report) at the instant the queue
 * stopped: when its last complaint was resolved, or at its horizon's end (366 days after the year,
 * or the end of the holiday data if a calendar needs it and it ends sooner).
 *
 * <p>Not thread-safe: one per worker; its work arrays are reused from run to run.
 */
public final class QueueSimulation {

  static final int RESPONSE = 0;
  static final int SOLUTION = 1;
  static final int CLOSURE = 2;
  static final int REWORK = 3;
  static final int FINISHED = 4;

  /** Not (yet) reached. */
  public static final int UNSET = -1;

  private static final int DONE = 0;
  private static final int SHIFT_END = 1;
  private static final int SHIFT_START = 2;
  private static final int READY = 3;
  private static final int ID_BITS = 25;
  private static final long ID_MASK = (1L << ID_BITS) - 1;
  private static final int TIME_SHIFT = ID_BITS + 2;

  /** The most complaints or agents one trial-year can address in an event key. */
  public static final int MAX_IDS = 1 << ID_BITS;

  private final StaffingModel model;
  private final RandomStream absences;
  private final LongHeap events = new LongHeap();
  private LongHeap[] ready = new LongHeap[0];
  private final BitSet free = new BitSet();
  private final long[] pauses = new long[4];
  private final MonthlyTally tally = new MonthlyTally();

  private Arrivals arrivals;
  private StaffPlan plan;
  private byte[] stage = new byte[0];
  private int[] firstResponse = new int[0];
  private int[] solution = new int[0];
  private int[] resolved = new int[0];
  private int[] reopened = new int[0];
  private int[] customerPauseFrom = new int[0];
  private int[] thirdPartyPauseFrom = new int[0];
  private boolean[] busy = new boolean[0];
  private boolean[] onShift = new boolean[0];
  private int[] task = new int[0];
  private boolean[] absent = new boolean[0];
  private int dirtySkills;
  private int pending;
  private int stoppedAt;

  /** A simulation of {@code model}'s queue under the run's {@code seed}. */
  public QueueSimulation(StaffingModel model, long seed) {
    this.model = model;
    this.absences = new RandomStream(seed);
  }

  /**
   * Works {@code arrivals}, the complaints of {@code trial}, through {@code plan}'s roster and
   * returns the monthly tally (reused by the next run: copy it to keep it). The milestones stay
   * readable ({@link #firstResponse} and the others) until the next run.
   */
  public MonthlyTally run(Arrivals arrivals, StaffPlan plan, int trial) {
    if (arrivals.size() >= MAX_IDS || plan.agents() >= MAX_IDS) {
      // The arrival generator and the roster's limits refuse such sizes first.
      throw new IllegalArgumentException("a trial-year holds at most " + MAX_IDS + " complaints");
    }
    this.arrivals = arrivals;
    this.plan = plan;
    prepare(trial);
    simulate();
    judge();
    return tally;
  }

  private void prepare(int trial) {
    int n = arrivals.size();
    if (stage.length < n) {
      stage = new byte[n];
      firstResponse = new int[n];
      solution = new int[n];
      resolved = new int[n];
      reopened = new int[n];
      customerPauseFrom = new int[n];
      thirdPartyPauseFrom = new int[n];
    }
    Arrays.fill(firstResponse, 0, n, UNSET);
    Arrays.fill(solution, 0, n, UNSET);
    Arrays.fill(resolved, 0, n, UNSET);
    Arrays.fill(reopened, 0, n, UNSET);
    Arrays.fill(customerPauseFrom, 0, n, UNSET);
    Arrays.fill(thirdPartyPauseFrom, 0, n, UNSET);
    Arrays.fill(stage, 0, n, (byte) RESPONSE);
    int agents = plan.agents();
    if (busy.length < agents) {
      busy = new boolean[agents];
      onShift = new boolean[agents];
      task = new int[agents];
    }
    Arrays.fill(busy, 0, agents, false);
    Arrays.fill(onShift, 0, agents, false);
    free.clear();
    events.clear();
    int skills = model.skills().size();
    if (ready.length < skills) {
      ready = new LongHeap[skills];
      for (int s = 0; s < skills; s++) {
        ready[s] = new LongHeap();
      }
    }
    for (LongHeap queue : ready) {
      queue.clear();
    }
    drawAbsences(trial, agents);
    pending = n;
    dirtySkills = 0;
  }

  /** Whether each seat's holder is away on each day: draw d of the seat's own stream. */
  private void drawAbsences(int trial, int agents) {
    int days = model.horizonDays();
    if (absent.length < agents * days) {
      absent = new boolean[agents * days];
    }
    double shrinkage = model.scenario().roster().shrinkage();
    if (shrinkage == 0) {
      Arrays.fill(absent, 0, agents * days, false);
      return;
    }
    for (int a = 0; a < agents; a++) {
      absences.reset(StreamKind.SEAT, trial, plan.seatId(a));
      for (int d = 0; d < days; d++) {
        absent[a * days + d] = absences.nextUniform() < shrinkage;
      }
    }
  }

  private void simulate() {
    int n = arrivals.size();
    int next = 0;
    // The day before the year first: its night shifts are on duty when the year begins.
    scheduleShifts(-1);
    int nextDay = 0;
    long horizonEnd = model.horizonDays() * StaffingModel.DAY;
    int now = 0;
    while (pending > 0) {
      long eventTime = events.isEmpty() ? Long.MAX_VALUE : events.peek() >>> TIME_SHIFT;
      long arrivalTime = next < n ? arrivals.received(next) : Long.MAX_VALUE;
      long t = Math.min(eventTime, arrivalTime);
      if (nextDay < model.horizonDays() && nextDay * StaffingModel.DAY <= t) {
        scheduleShifts(nextDay++);
        continue;
      }
      if (t >= horizonEnd) {
        now = (int) (horizonEnd - 1);
        break;
      }
      now = (int) t;
      while (!events.isEmpty() && (events.peek() >>> TIME_SHIFT) == t) {
        long key = events.pop();
        handle((int) ((key >>> ID_BITS) & 3), (int) (key & ID_MASK), now);
      }
      while (next < n && arrivals.received(next) == t) {
        enqueue(next++, now);
      }
      dispatch(now);
    }
    stoppedAt = now;
  }

  /**
   * Puts the shifts of {@code day} on the event list; day -1's only as far as they run into the
   * year (from time 0), with day 0's absences.
   */
  private void scheduleShifts(int day) {
    int agents = plan.agents();
    int days = model.horizonDays();
    long dayStart = day * StaffingModel.DAY;
    for (int a = 0; a < agents; a++) {
      StaffPlan.Cell cell = plan.cells().get(plan.cellOf(a));
      boolean works = model.teamWorksOn(cell.team(), day) || plan.slotOf(a) < cell.offDaySeats();
      if (!works || absent[a * days + Math.max(0, day)]) {
        continue;
      }
      long start = dayStart + cell.startMinute() * 60L;
      long end = start + cell.lengthMinutes() * 60L;
      if (end <= 0) {
        continue;
      }
      push(Math.max(0, start), SHIFT_START, a);
      push(end, SHIFT_END, a);
    }
  }

  private void push(long time, int type, int id) {
    events.push((time << TIME_SHIFT) | ((long) type << ID_BITS) | id);
  }

  private void handle(int type, int id, int t) {
    switch (type) {
      case DONE -> done(id, t);
      case SHIFT_END -> {
        onShift[id] = false;
        free.clear(id);
      }
      case SHIFT_START -> {
        onShift[id] = true;
        if (!busy[id]) {
          makeFree(id);
        }
      }
      default -> becomeReady(id, t);
    }
  }

  private void makeFree(int agent) {
    free.set(agent);
    dirtySkills |= 1 << skillOfAgent(agent);
  }

  private int skillOfAgent(int agent) {
    return plan.cells().get(plan.cellOf(agent)).skill();
  }

  /** A complaint whose wait is over, or that comes back (reopened). */
  private void becomeReady(int c, int t) {
    if (stage[c] == REWORK && reopened[c] == UNSET) {
      reopened[c] = t;
      resolved[c] = UNSET;
    }
    enqueue(c, t);
  }

  private void enqueue(int c, int t) {
    int skill = category(c).skillOf(stage[c]);
    long priority = model.earliestDeadlineFirst() ? deadline(c, t) : t;
    ready[skill].push((priority << ID_BITS) | c);
    dirtySkills |= 1 << skill;
  }

  /** The earliest deadline, as known at {@code t}, of the targets the complaint has not met. */
  private long deadline(int c, int t) {
    int first = stage[c] == REWORK ? CLOSURE : stage[c];
    long received = model.originEpochSecond() + arrivals.received(c);
    long at = model.originEpochSecond() + t;
    long deadline =
        model
            .judge(model.earliestTarget(first))
            .deadline(received, OutcomeJudge.NOT_REACHED, pauses, pausesOf(c, Long.MAX_VALUE), at);
    return Math.max(0, deadline - model.originEpochSecond());
  }

  private void dispatch(int t) {
    while (dirtySkills != 0) {
      int skill = Integer.numberOfTrailingZeros(dirtySkills);
      dirtySkills &= dirtySkills - 1;
      int end = plan.skillStart(skill + 1);
      LongHeap queue = ready[skill];
      int agent = free.nextSetBit(plan.skillStart(skill));
      while (agent >= 0 && agent < end && !queue.isEmpty()) {
        start((int) (queue.pop() & ID_MASK), agent, t);
        agent = free.nextSetBit(agent + 1);
      }
    }
  }

  private void start(int c, int agent, int t) {
    busy[agent] = true;
    free.clear(agent);
    task[agent] = c;
    int s = stage[c];
    if (s == RESPONSE) {
      firstResponse[c] = t;
    }
    long work = arrivals.work(c, s) + escalation(c, s, t);
    push((long) t + work, DONE, agent);
  }

  /** The extra work of the escalation levels the stage's own clock has passed by {@code t}. */
  private long escalation(int c, int s, int t) {
    if (model.escalationSeconds() == 0) {
      return 0;
    }
    int target = s == REWORK ? CLOSURE : s;
    OutcomeJudge judge = model.judge(target);
    // Business time never exceeds the time on the wall, pauses or not: a task taken up before its
    // clock's first level could have passed skips the judge (most tasks, so worth the check).
    if (judge.escalationLevel((long) t - arrivals.received(c)) == 0) {
      return 0;
    }
    long received = model.originEpochSecond() + arrivals.received(c);
    long elapsed =
        judge.elapsedSeconds(
            received,
            OutcomeJudge.NOT_REACHED,
            pauses,
            pausesOf(c, Long.MAX_VALUE),
            model.originEpochSecond() + t);
    return judge.escalationLevel(elapsed) * model.escalationSeconds();
  }

  private void done(int agent, int t) {
    busy[agent] = false;
    if (onShift[agent]) {
      makeFree(agent);
    }
    int c = task[agent];
    switch (stage[c]) {
      case RESPONSE -> afterResponse(c, t);
      case SOLUTION -> {
        solution[c] = t;
        afterSolution(c, t);
      }
      case CLOSURE -> resolve(c, t);
      default -> {
        resolved[c] = t;
        finish(c);
      }
    }
  }

  private void afterResponse(int c, int t) {
    if (category(c).skillOf(SOLUTION) != CategoryModel.NONE) {
      int wait = arrivals.customerWait(c);
      if (wait > 0) {
        customerPauseFrom[c] = t;
      }
      next(c, SOLUTION, t, wait);
      return;
    }
    solution[c] = t;
    afterSolution(c, t);
  }

  private void afterSolution(int c, int t) {
    if (category(c).skillOf(CLOSURE) != CategoryModel.NONE) {
      int wait = arrivals.thirdPartyWait(c);
      if (wait > 0) {
        thirdPartyPauseFrom[c] = t;
      }
      next(c, CLOSURE, t, wait);
      return;
    }
    resolve(c, t);
  }

  private void resolve(int c, int t) {
    resolved[c] = t;
    int after = arrivals.reopenAfter(c);
    if (after >= 0) {
      stage[c] = REWORK;
      push((long) t + after, READY, c);
      return;
    }
    finish(c);
  }

  private void finish(int c) {
    stage[c] = FINISHED;
    pending--;
  }

  /** Moves complaint {@code c} to {@code s}, ready now or after its {@code wait}. */
  private void next(int c, int s, int t, int wait) {
    stage[c] = (byte) s;
    if (wait <= 0) {
      enqueue(c, t);
    } else {
      push((long) t + wait, READY, c);
    }
  }

  private CategoryModel category(int c) {
    return model.categories().get(arrivals.category(c));
  }

  /**
   * Fills {@link #pauses} with complaint {@code c}'s pauses (epoch seconds) and returns how many; a
   * pause that ends after {@code openAfter} is open: the stop, when judging; while running every
   * recorded pause has ended, and {@code Long.MAX_VALUE} says so.
   */
  private int pausesOf(int c, long openAfter) {
    int count = 0;
    long origin = model.originEpochSecond();
    if (customerPauseFrom[c] != UNSET) {
      long from = customerPauseFrom[c];
      long until = from + arrivals.customerWait(c);
      pauses[0] = origin + from;
      pauses[1] = until > openAfter ? OutcomeJudge.OPEN : origin + until;
      count++;
    }
    if (thirdPartyPauseFrom[c] != UNSET) {
      long from = thirdPartyPauseFrom[c];
      long until = from + arrivals.thirdPartyWait(c);
      pauses[2 * count] = origin + from;
      pauses[2 * count + 1] = until > openAfter ? OutcomeJudge.OPEN : origin + until;
      count++;
    }
    return count;
  }

  private void judge() {
    tally.clear();
    long origin = model.originEpochSecond();
    long asOf = origin + stoppedAt;
    for (int c = 0; c < arrivals.size(); c++) {
      long received = origin + arrivals.received(c);
      int count = pausesOf(c, stoppedAt);
      int month = model.monthOf(arrivals.received(c));
      for (int k = 0; k < StaffingModel.TARGETS.size(); k++) {
        int reached = milestone(c, k);
        TargetOutcome.Kind kind =
            model
                .judge(k)
                .kind(
                    received,
                    reached == UNSET ? OutcomeJudge.NOT_REACHED : origin + reached,
                    pauses,
                    count,
                    asOf);
        tally.add(
            month,
            k,
            kind != TargetOutcome.Kind.OPEN_WITHIN_DEADLINE,
            kind == TargetOutcome.Kind.MET);
      }
    }
  }

  private int milestone(int c, int target) {
    return switch (target) {
      case 0 -> firstResponse[c];
      case 1 -> solution[c];
      default -> resolved[c];
    };
  }

  /** When complaint {@code c} of the last run was first responded to, or {@link #UNSET}. */
  public int firstResponse(int c) {
    return firstResponse[c];
  }

  /** When its solution was proposed, or {@link #UNSET}. */
  public int solution(int c) {
    return solution[c];
  }

  /** Its final resolution, or {@link #UNSET} while open. */
  public int resolved(int c) {
    return resolved[c];
  }

  /** When it was reopened, or {@link #UNSET}. */
  public int reopened(int c) {
    return reopened[c];
  }

  /** When its wait for the customer began, or {@link #UNSET}. */
  public int customerPauseFrom(int c) {
    return customerPauseFrom[c];
  }

  /** When its wait for a third party began, or {@link #UNSET}. */
  public int thirdPartyPauseFrom(int c) {
    return thirdPartyPauseFrom[c];
  }

  /** The instant the last run stopped: its last resolution, or its horizon's last second. */
  public int stoppedAt() {
    return stoppedAt;
  }
}
